import type { RawEnv } from '../raw-env.ts';
import { authVendors } from './auth.ts';
import { llmVendors } from './llm.ts';
import { paymentsVendors } from './payments.ts';
import { halfConfigured, productionProblem, selectedProblems, selectedVendor } from './vendor-env.ts';
import { voiceVendors } from './voice.ts';

export type { AuthConfig } from './auth.ts';
export { isLocalHost, type LanguageModelConfig } from './llm.ts';
export type { MercadoPagoAccount, PaymentsConfig } from './payments.ts';
export { retellPublishedIps, type VoiceConfig } from './voice.ts';

/** Each service's slice of the configuration, from the vendor the environment selects. */
export function vendorConfigs(env: RawEnv) {
  return {
    auth: selectedVendor(authVendors, env).config(env),
    llm: selectedVendor(llmVendors, env).config(env),
    voice: selectedVendor(voiceVendors, env).config(env),
    payments: selectedVendor(paymentsVendors, env).config(env),
  };
}

/** Half-configured vendors, every service. */
export function halfConfiguredVendors(env: RawEnv): string[] {
  return [
    ...halfConfigured(authVendors, env),
    ...halfConfigured(voiceVendors, env),
    ...halfConfigured(paymentsVendors, env),
    ...halfConfigured(llmVendors, env),
  ];
}

/** What the selected vendors' own rules find wrong (Mercado Pago: an account for every market). */
export function selectedVendorProblems(env: RawEnv): string[] {
  return [
    ...selectedProblems(authVendors, env),
    ...selectedProblems(llmVendors, env),
    ...selectedProblems(voiceVendors, env),
    ...selectedProblems(paymentsVendors, env),
  ];
}

/** What the selected vendors refuse in production; only the selected vendor's rule applies. */
export function productionProblems(env: RawEnv): string[] {
  return [
    productionProblem(authVendors, env),
    productionProblem(llmVendors, env),
    productionProblem(voiceVendors, env),
    productionProblem(paymentsVendors, env),
  ].filter((problem) => problem !== undefined);
}
