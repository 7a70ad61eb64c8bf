import type { PaymentsPort } from '@voxly/api/billing';
import type { MercadoPagoAccount } from '@voxly/config/server';
import { MercadoPagoConfig, Payment, Preference } from 'mercadopago';
import { mercadoPagoPaymentState } from './mercadopago-payment-state.ts';

/** Mercado Pago's test buyers have addresses here; an account with test credentials can only be paid by them. */
const testBuyerDomain = '@testuser.com';

/**
 * The payer the preference names: the buyer's email, so Mercado Pago's page starts from it.
 * With test credentials only a test buyer's address is passed: Checkout Pro refuses a
 * payment between a test seller and a real account ("invalid users involved"), and the
 * buyer's real address would make it one.
 */
function payerOf(email: string | null, testCredentials: boolean): { payer?: { email: string } } {
  if (!email) return {};
  if (testCredentials && !email.toLowerCase().endsWith(testBuyerDomain)) return {};
  return { payer: { email } };
}

/**
 * One Mercado Pago account's Checkout Pro: a preference per order (our catalog price, our
 * external reference, an idempotency key per order, the account's own notification URL) and
 * payment lookups by id, both with the account's token (a payment of another account is
 * not found).
 */
export function createMercadoPagoPayments(account: MercadoPagoAccount, { notificationUrl }: { notificationUrl: string }): PaymentsPort {
  const client = new MercadoPagoConfig({ accessToken: account.accessToken, options: { timeout: 10_000 } });
  const testCredentials = account.accessToken.startsWith('TEST-');
  return {
    mode: 'mercadopago',

    async createCheckout(order) {
      // The account settles only its own currency: anything else would fail on Mercado Pago's side.
      if (order.currency !== account.market) throw new Error(`the ${account.market} account cannot take ${order.currency}`);
      const preference = await new Preference(client).create({
        body: {
          items: [{ id: order.orderId, title: order.packageName, quantity: 1, unit_price: order.amount, currency_id: order.currency }],
          ...payerOf(order.payerEmail, testCredentials),
          back_urls: order.backUrls,
          auto_return: 'approved',
          external_reference: order.orderId,
          notification_url: notificationUrl,
          statement_descriptor: 'VOXLY',
          metadata: { order_id: order.orderId },
        },
        requestOptions: { idempotencyKey: order.orderId },
      });
      const checkoutUrl = testCredentials ? preference.sandbox_init_point : preference.init_point;
      if (!preference.id || !checkoutUrl) throw new Error('Mercado Pago returned a preference without an id or checkout URL');
      return { preferenceId: preference.id, checkoutUrl };
    },

    async getPayment(paymentId) {
      try {
        const payment = await new Payment(client).get({ id: paymentId });
        const status = payment.status ?? 'unknown';
        return {
          id: String(payment.id),
          state: mercadoPagoPaymentState(status),
          status,
          amount: Number(payment.transaction_amount ?? Number.NaN),
          currency: payment.currency_id ?? '',
          externalReference: payment.external_reference ?? null,
        };
      } catch (error) {
        if ((error as { status?: number }).status === 404) return null;
        throw error;
      }
    },
  };
}
