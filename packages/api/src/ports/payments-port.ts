import type { CheckoutCurrency, Language, VendorModes } from '@voxly/config';

export interface CheckoutOrder {
  orderId: string;
  packageName: string;
  credits: number;
  amount: number;
  currency: CheckoutCurrency;
  payerEmail: string | null;
  /**
   * The language the buyer chose in the app (else their account's), for a checkout page we
   * word ourselves; absent, that page goes by the browser's Accept-Language.
   */
  language?: Language | undefined;
  /** Where the checkout sends the browser back to: success / failure / pending. */
  backUrls: { success: string; failure: string; pending: string };
}

/**
 * Where a payment stands, in our words: each adapter maps its provider's statuses onto
 * these, so the domain never reads a provider's vocabulary.
 */
export type PaymentState = 'paid' | 'waiting' | 'failed' | 'reversed';

/** A payment as the payment provider reports it: the only source we trust for status and amount. */
export interface ProviderPayment {
  id: string;
  /** What it means for the order. */
  state: PaymentState;
  /** The provider's own word for it, kept on the payment's record. */
  status: string;
  amount: number;
  currency: string;
  externalReference: string | null;
}

/**
 * Payments. Adapters: Mercado Pago Checkout Pro (`mercadopago` SDK) and the sandbox
 * checkout (a local page playing Mercado Pago, local mode).
 */
export interface PaymentsPort {
  readonly mode: VendorModes['payments'];
  createCheckout(order: CheckoutOrder): Promise<{ preferenceId: string; checkoutUrl: string }>;
  /** null when the provider does not know the payment. */
  getPayment(paymentId: string): Promise<ProviderPayment | null>;
}
