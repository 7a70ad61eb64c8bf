import type { PaymentsPort } from '@voxly/api/billing';
import type { PaymentsConfig } from '@voxly/config/server';
import { loadOrCreateSecret } from '../../local-secret.ts';
import type { VendorFactory } from '../../vendor-plugin.ts';
import { mercadoPagoWebhookRoutes } from '../mercadopago/mercadopago-webhook.ts';
import { sandboxCheckoutRoutes } from './sandbox-checkout.ts';
import { createSandboxOutbox, sandboxDeliveryHeader, sandboxDeliveryToken } from './sandbox-outbox.ts';
import { createSandboxPayments } from './sandbox-payments.ts';

/**
 * Local mode's checkout: a page that plays Mercado Pago. It approves without money, so its
 * notifications are signed with a local secret and go through the same webhook route as
 * Mercado Pago's, from an outbox that retries until the webhook takes them.
 */
export const sandboxPlugin: VendorFactory<Extract<PaymentsConfig, { kind: 'sandbox' }>, PaymentsPort> = (_config, deps) => {
  const { webOrigin, dataDir } = deps.config;
  const secret = loadOrCreateSecret(undefined, dataDir, 'sandbox-webhook-secret');
  let selfUrl = '';
  const outbox = createSandboxOutbox({ db: deps.db, secret, selfUrl: () => selfUrl, logger: deps.logger });
  const token = sandboxDeliveryToken(secret);
  const port = createSandboxPayments({ db: deps.db, webOrigin });
  return {
    port,
    routes: [
      mercadoPagoWebhookRoutes({
        secret,
        db: deps.db,
        payments: port,
        logger: deps.logger,
        sandbox: true,
        onOutcome: deps.countWebhook,
      }),
      sandboxCheckoutRoutes({ db: deps.db, outbox, webOrigin, logger: deps.logger }),
    ],
    // The sandbox's own deliveries are not the public's traffic: they do not spend its budget.
    isTrustedWebhook: (req) => req.header(sandboxDeliveryHeader) === token,
    jobs: [
      {
        what: 'sandbox notification retry',
        everyMs: deps.sandboxRetryMs ?? 2_000,
        run: async () => {
          const delivered = await outbox.deliverDue();
          if (delivered > 0) deps.logger.info({ delivered }, 'sandbox notifications delivered on retry');
        },
      },
    ],
    listening: (url) => (selfUrl = url),
  };
};
