import type { PaymentsPort } from '@voxly/api/billing';
import type { PaymentsConfig } from '@voxly/config/server';
import type { VendorFactory } from '../../vendor-plugin.ts';
import { createMercadoPagoPayments } from './mercadopago-payments.ts';
import { mercadoPagoWebhookPath, mercadoPagoWebhookRoutes } from './mercadopago-webhook.ts';

/** Mercado Pago Checkout Pro: its SDK behind the port, its signed webhook at /webhook/mercadopago. */
export const mercadoPagoPlugin: VendorFactory<Extract<PaymentsConfig, { kind: 'mercadopago' }>, PaymentsPort> = (config, deps) => {
  const port = createMercadoPagoPayments(config, { notificationUrl: `${deps.config.publicApiUrl}${mercadoPagoWebhookPath}` });
  return {
    port,
    routes: [
      mercadoPagoWebhookRoutes({
        secret: config.webhookSecret,
        db: deps.db,
        payments: port,
        logger: deps.logger,
        onOutcome: deps.countWebhook,
      }),
    ],
    jobs: [],
  };
};
