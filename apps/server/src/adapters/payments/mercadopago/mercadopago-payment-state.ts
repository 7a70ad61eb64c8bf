import type { PaymentState } from '@voxly/api/billing';

/** Mercado Pago's payment statuses (Payments API `status`) in our words. */
const states = new Map<string, PaymentState>(
  Object.entries({
    approved: 'paid',
    pending: 'waiting',
    authorized: 'waiting',
    in_process: 'waiting',
    in_mediation: 'waiting',
    refunded: 'reversed',
    charged_back: 'reversed',
    rejected: 'failed',
    cancelled: 'failed',
  } satisfies Record<string, PaymentState>),
);

/** Anything Mercado Pago adds later counts as not paid until we map it (a Map: no prototype keys). */
export const mercadoPagoPaymentState = (status: string): PaymentState => states.get(status) ?? 'failed';
