import { describe, expect, it } from 'vitest';
import { rawEnvSchema, type RawEnv } from '../src/raw-env.ts';
import { authVendors } from '../src/vendor-env/auth.ts';
import { productionProblems, vendorConfigs } from '../src/vendor-env/index.ts';
import { llmVendors } from '../src/vendor-env/llm.ts';
import { paymentsVendors, type PaymentsConfig } from '../src/vendor-env/payments.ts';
import { halfConfigured, productionProblem, selectedVendor, type VendorEnv } from '../src/vendor-env/vendor-env.ts';
import { voiceVendors } from '../src/vendor-env/voice.ts';
import { vendorKinds } from '../src/vocabulary/vendors.ts';

const envOf = (values: Record<string, string>): RawEnv => rawEnvSchema.parse(values);

/** A second payments provider, as a contributor would add one (its keys borrowed from ones the schema knows). */
const otherProvider = {
  kind: 'other',
  name: 'Other Pay',
  keys: ['VOXLY_METRICS_TOKEN', 'VOXLY_SESSION_SECRET'],
  config: () => ({ kind: 'other' }),
} satisfies VendorEnv<{ kind: string }>;
const withOther = [otherProvider, ...(paymentsVendors as readonly VendorEnv<{ kind: string }>[])];
const otherKeys = { VOXLY_METRICS_TOKEN: 'x'.repeat(16), VOXLY_SESSION_SECRET: 'y'.repeat(32) };

describe('the vendors each service may run', () => {
  it('are the vocabulary’s vendor kinds, production first and the local default last', () => {
    expect(authVendors.map((v) => v.kind)).toEqual(vendorKinds.auth);
    expect(llmVendors.map((v) => v.kind)).toEqual(vendorKinds.llm);
    expect(voiceVendors.map((v) => v.kind)).toEqual(vendorKinds.voice);
    expect(paymentsVendors.map((v) => v.kind)).toEqual(vendorKinds.payments);
    for (const vendors of [authVendors, llmVendors, voiceVendors, paymentsVendors]) expect(vendors.at(-1)?.keys).toEqual([]);
  });

  it('selects the first vendor the environment asks for, else the local default', () => {
    expect(selectedVendor(withOther, envOf({})).kind).toBe('sandbox');
    expect(selectedVendor(withOther, envOf(otherKeys)).kind).toBe('other');
    expect(selectedVendor(withOther, envOf({ MERCADOPAGO_ACCESS_TOKEN: 't', MERCADOPAGO_WEBHOOK_SECRET: 's' })).kind).toBe('mercadopago');
    // Half a vendor still selects it: its own problem is reported, not the local default's.
    expect(selectedVendor(withOther, envOf({ MERCADOPAGO_WEBHOOK_SECRET: 's' })).kind).toBe('mercadopago');
    expect(selectedVendor(llmVendors, envOf({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1' })).kind).toBe('openai');
  });

  it('builds each service’s configuration from the selected vendor', () => {
    const configs = vendorConfigs(envOf({ MERCADOPAGO_ACCESS_TOKEN: 't', MERCADOPAGO_WEBHOOK_SECRET: 's' }));
    expect(configs.payments).toEqual<PaymentsConfig>({
      kind: 'mercadopago',
      defaultMarket: 'BRL',
      accounts: [{ market: 'BRL', accessToken: 't', webhookSecret: 's' }],
    });
    expect(configs.auth).toEqual({ kind: 'local' });
  });
});

describe('production checks belong to the selected vendor', () => {
  const production = (values: Record<string, string> = {}) => envOf({ NODE_ENV: 'production', ...values });

  it('lets a second payments provider run alone in production, without Mercado Pago’s keys', () => {
    expect(productionProblem(withOther, production(otherKeys))).toBeUndefined();
  });

  it('refuses the sandbox in production, naming every provider that could replace it', () => {
    const refusal = productionProblem(withOther, production());
    expect(refusal).toMatch(/^The sandbox checkout is refused in production: it approves payments without money\. Configure /);
    // Every vendor with keys is named (the table's own list, whatever else it holds), the local default is not.
    expect(refusal).toContain('Other Pay (VOXLY_METRICS_TOKEN, VOXLY_SESSION_SECRET)');
    expect(refusal).toContain('Mercado Pago (MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET)');
    expect(refusal).not.toContain('the sandbox checkout (');
    expect(refusal).toMatch(/ or set VOXLY_ALLOW_SANDBOX_PAYMENTS=true for a private demo\.$/);
    expect(productionProblem(withOther, production({ VOXLY_ALLOW_SANDBOX_PAYMENTS: 'true' }))).toBeUndefined();
    expect(productionProblem(withOther, envOf({}))).toBeUndefined(); // development: anything runs
  });

  it('checks only what is selected: Clerk and Mercado Pago have no rule, the local defaults have theirs', () => {
    expect(productionProblems(production())).toEqual([
      expect.stringMatching(/^Local sign-in is refused in production/),
      expect.stringMatching(/^The sandbox checkout is refused in production/),
    ]);
    const vendors = { CLERK_SECRET_KEY: 'sk', CLERK_PUBLISHABLE_KEY: 'pk_live_eA==' };
    expect(productionProblems(production({ ...vendors, MERCADOPAGO_ACCESS_TOKEN: 't', MERCADOPAGO_WEBHOOK_SECRET: 's' }))).toEqual([]);
  });

  it('names what half a vendor is missing and the local default it would otherwise run', () => {
    expect(halfConfigured(withOther, envOf({ VOXLY_METRICS_TOKEN: 'x'.repeat(16) }))).toEqual([
      'Other Pay is half-configured: VOXLY_METRICS_TOKEN is set but VOXLY_SESSION_SECRET is missing. ' +
        'Set all of VOXLY_METRICS_TOKEN, VOXLY_SESSION_SECRET, or none to use the sandbox checkout.',
    ]);
  });
});
