import type { PaymentsPort } from '@voxly/api/billing';
import type { PaymentsConfig } from '@voxly/config/server';
import type { VendorFactory } from '../../vendor-plugin.ts';
import { createMercadoPagoPayments } from './mercadopago-payments.ts';
import { mercadoPagoMarketWebhookPath, mercadoPagoWebhookPath, mercadoPagoWebhookRoutes } from './mercadopago-webhook.ts';

/**
 * Mercado Pago Checkout Pro, one account per market (an account settles only its own
 * country's currency): an order's preference is created with its market's account, and each
 * account's signed notifications arrive at its own path, checked with its secret and looked
 * up with its token. The default market's account answers the bare path, so a
 * single-account deployment and preferences created before keep their URL.
 */
export const mercadoPagoPlugin: VendorFactory<Extract<PaymentsConfig, { kind: 'mercadopago' }>, PaymentsPort> = (config, deps) => {
  const accounts = config.accounts.map((account) => {
    const isDefault = account.market === config.defaultMarket;
    const notificationPath = isDefault ? mercadoPagoWebhookPath : mercadoPagoMarketWebhookPath(account.market);
    const payments = createMercadoPagoPayments(account, { notificationUrl: `${deps.config.publicApiUrl}${notificationPath}` });
    return { account, payments, path: notificationPath };
  });
  const [defaultAccount] = accounts;
  if (!defaultAccount) throw new Error('Mercado Pago without an account');
  const accountOf = (market: string) => accounts.find(({ account }) => account.market === market);
  const port: PaymentsPort = {
    mode: 'mercadopago',
    createCheckout: async (order) => {
      const chosen = accountOf(order.currency);
      if (!chosen) throw new Error(`no Mercado Pago account for ${order.currency}`);
      return chosen.payments.createCheckout(order);
    },
    // Outside a notification (which names its account by its path), the default market's account.
    getPayment: (paymentId) => defaultAccount.payments.getPayment(paymentId),
  };
  return {
    port,
    routes: accounts.map(({ account, payments, path }) =>
      mercadoPagoWebhookRoutes({
        secret: account.webhookSecret,
        path,
        market: account.market,
        db: deps.db,
        payments,
        logger: deps.logger,
        onOutcome: deps.countWebhook,
      }),
    ),
    jobs: [],
  };
};
