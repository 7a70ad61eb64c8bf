import type { PaymentsPort } from '@voxly/api/billing';
import { schema, type Database } from '@voxly/api/db';
import { eq } from 'drizzle-orm';
import { mercadoPagoPaymentState } from '../mercadopago/mercadopago-payment-state.ts';

/**
 * Local mode's stand-in for Mercado Pago: the checkout is our own sandbox page, and
 * payments are looked up in the sandbox's table, by id, as the real API would answer (in
 * Mercado Pago's statuses, which it plays).
 */
export function createSandboxPayments(options: { db: Database; webOrigin: string }): PaymentsPort {
  return {
    mode: 'sandbox',
    createCheckout(order) {
      return Promise.resolve({
        preferenceId: `sandbox-${order.orderId}`,
        // The language the buyer chose in the app rides along (words only; the page prices from the order).
        checkoutUrl: `${options.webOrigin}/sandbox/checkout/${order.orderId}${order.language ? `?lang=${encodeURIComponent(order.language)}` : ''}`,
      });
    },
    async getPayment(paymentId) {
      const [row] = await options.db.select().from(schema.sandboxPayments).where(eq(schema.sandboxPayments.id, paymentId));
      return row
        ? {
            id: row.id,
            state: mercadoPagoPaymentState(row.status),
            status: row.status,
            amount: row.amount,
            currency: row.currency,
            externalReference: row.externalReference,
          }
        : null;
    },
  };
}
