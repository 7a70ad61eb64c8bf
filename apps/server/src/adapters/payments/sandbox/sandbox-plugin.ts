import { loadOrCreateSecret } from '../../local-secret.ts';
import { mercadoPagoWebhookRoutes } from '../mercadopago/mercadopago-webhook.ts';
import type { PaymentsPlugin, PaymentsPluginDeps } from '../payments-plugin.ts';
import { sandboxCheckoutRoutes } from './sandbox-checkout.ts';
import { createSandboxOutbox, sandboxDeliveryHeader, sandboxDeliveryToken } from './sandbox-outbox.ts';
import { createSandboxPayments } from './sandbox-payments.ts';

/**
 * Local mode's checkout: a page that plays Mercado Pago. It approves without money, so its
 * notifications are signed with a local secret and go through the same webhook route as
 * Mercado Pago's, from an outbox that retries until the webhook takes them.
 */
export function sandboxPlugin(deps: PaymentsPluginDeps & { retryMs?: number | undefined }): PaymentsPlugin {
  const secret = loadOrCreateSecret(undefined, deps.dataDir, 'sandbox-webhook-secret');
  let selfUrl = '';
  const outbox = createSandboxOutbox({ db: deps.db, secret, selfUrl: () => selfUrl, logger: deps.logger });
  const token = sandboxDeliveryToken(secret);
  const port = createSandboxPayments({ db: deps.db, webOrigin: deps.webOrigin });
  return {
    port,
    routes: [
      mercadoPagoWebhookRoutes({
        secret,
        db: deps.db,
        payments: port,
        logger: deps.logger,
        sandbox: true,
        onOutcome: deps.onWebhookOutcome,
      }),
      sandboxCheckoutRoutes({ db: deps.db, outbox, webOrigin: deps.webOrigin, logger: deps.logger }),
    ],
    // The sandbox's own deliveries are not the public's traffic: they do not spend its budget.
    isTrustedWebhook: (req) => req.header(sandboxDeliveryHeader) === token,
    jobs: [
      {
        what: 'sandbox notification retry',
        everyMs: deps.retryMs ?? 2_000,
        run: async () => {
          const delivered = await outbox.deliverDue();
          if (delivered > 0) deps.logger.info({ delivered }, 'sandbox notifications delivered on retry');
        },
      },
    ],
    listening: (url) => (selfUrl = url),
  };
}
