import type { PaymentsConfig } from '@voxly/config/server';
import type { PaymentsPlugin, PaymentsPluginDeps } from '../payments-plugin.ts';
import { createMercadoPagoPayments } from './mercadopago-payments.ts';
import { mercadoPagoWebhookPath, mercadoPagoWebhookRoutes } from './mercadopago-webhook.ts';

/** Mercado Pago Checkout Pro: its SDK behind the port, its signed webhook at /webhook/mercadopago. */
export function mercadoPagoPlugin(config: Extract<PaymentsConfig, { kind: 'mercadopago' }>, deps: PaymentsPluginDeps): PaymentsPlugin {
  const port = createMercadoPagoPayments(config, { notificationUrl: `${deps.publicApiUrl}${mercadoPagoWebhookPath}` });
  return {
    port,
    routes: [
      mercadoPagoWebhookRoutes({
        secret: config.webhookSecret,
        db: deps.db,
        payments: port,
        logger: deps.logger,
        onOutcome: deps.onWebhookOutcome,
      }),
    ],
    jobs: [],
  };
}
