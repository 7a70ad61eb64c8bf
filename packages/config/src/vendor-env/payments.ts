import { configureHint, setting, type VendorEnvs } from './vendor-env.ts';

export type PaymentsConfig = { kind: 'mercadopago'; accessToken: string; webhookSecret: string } | { kind: 'sandbox' };

/** Payment providers: Mercado Pago, else the sandbox checkout (local mode). */
export const paymentsVendors: VendorEnvs<PaymentsConfig> = [
  {
    kind: 'mercadopago',
    name: 'Mercado Pago',
    keys: ['MERCADOPAGO_ACCESS_TOKEN', 'MERCADOPAGO_WEBHOOK_SECRET'],
    config: (env) => ({
      kind: 'mercadopago',
      accessToken: setting(env, 'MERCADOPAGO_ACCESS_TOKEN'),
      webhookSecret: setting(env, 'MERCADOPAGO_WEBHOOK_SECRET'),
    }),
  },
  {
    kind: 'sandbox',
    name: 'the sandbox checkout',
    keys: [],
    config: () => ({ kind: 'sandbox' }),
    refusedInProduction: (env, others) =>
      env.VOXLY_ALLOW_SANDBOX_PAYMENTS === 'true'
        ? undefined
        : 'The sandbox checkout is refused in production: it approves payments without money. Configure ' +
          `${configureHint(others)} or set VOXLY_ALLOW_SANDBOX_PAYMENTS=true for a private demo.`,
  },
];
