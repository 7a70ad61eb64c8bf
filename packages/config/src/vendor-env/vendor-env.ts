import type { RawEnv } from '../raw-env.ts';

/**
 * One vendor as the environment selects and configures it. Each service (auth, llm, voice,
 * payments) lists its vendors, the production vendors first and the local default last; the
 * first one the environment selects is the one the server runs, and only its checks apply.
 */
export interface VendorEnv<Config extends { kind: string }> {
  kind: Config['kind'];
  /** How messages name it: `Mercado Pago`, or what the local default is (`the sandbox checkout`). */
  name: string;
  /** Settings that come all together or not at all: half a vendor is a start-up error. Empty for a local default. */
  keys: readonly (keyof RawEnv)[];
  /** Whether the environment asks for this vendor; by default, any of its keys is set. */
  selects?(env: RawEnv): boolean;
  /** Its own rules beyond `keys` (settings that depend on each other), checked only when it is selected. */
  problems?(env: RawEnv): string[];
  /** Its slice of the server's configuration (called only on an environment without problems). */
  config(env: RawEnv): Config;
  /** Why it may not run in production, if it may not (the local defaults, unless explicitly allowed). */
  refusedInProduction?(env: RawEnv, others: readonly VendorEnv<Config>[]): string | undefined;
}

export type VendorEnvs<Config extends { kind: string }> = readonly VendorEnv<Config>[];

/** A key of the selected vendor: set, since a half-configured vendor never gets this far. */
export function setting(env: RawEnv, key: keyof RawEnv): string {
  const value = env[key];
  if (typeof value !== 'string') throw new Error(`${key} is not set`);
  return value;
}

const selects = <C extends { kind: string }>(vendor: VendorEnv<C>, env: RawEnv): boolean =>
  vendor.selects ? vendor.selects(env) : vendor.keys.length === 0 || vendor.keys.some((key) => env[key] !== undefined);

/** The vendor the environment selects: the first that asks for itself, else the local default (last). */
export function selectedVendor<C extends { kind: string }>(vendors: VendorEnvs<C>, env: RawEnv): VendorEnv<C> {
  const chosen = vendors.find((vendor) => selects(vendor, env)) ?? vendors.at(-1);
  if (!chosen) throw new Error('a service without vendors');
  return chosen;
}

/** `Mercado Pago (MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET)`, for each vendor with keys. */
export function configureHint<C extends { kind: string }>(vendors: VendorEnvs<C>): string {
  return vendors
    .filter((vendor) => vendor.keys.length > 0)
    .map((vendor) => `${vendor.name} (${vendor.keys.join(', ')})`)
    .join(' or ');
}

/** The half-configured vendors of one service, each named with what is missing. */
export function halfConfigured<C extends { kind: string }>(vendors: VendorEnvs<C>, env: RawEnv): string[] {
  const localDefault = vendors.at(-1)?.name ?? 'none';
  return vendors.flatMap((vendor) => {
    const present = vendor.keys.filter((k) => env[k] !== undefined);
    if (present.length === 0 || present.length === vendor.keys.length) return [];
    const missing = vendor.keys.filter((k) => env[k] === undefined);
    return [
      `${vendor.name} is half-configured: ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set but ` +
        `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Set all of ${vendor.keys.join(', ')}, ` +
        `or none to use ${localDefault}.`,
    ];
  });
}

/** What the selected vendor's own rules find wrong with the environment. */
export function selectedProblems<C extends { kind: string }>(vendors: VendorEnvs<C>, env: RawEnv): string[] {
  return selectedVendor(vendors, env).problems?.(env) ?? [];
}

/** In production, what the selected vendor refuses (nothing for a vendor that may run there). */
export function productionProblem<C extends { kind: string }>(vendors: VendorEnvs<C>, env: RawEnv): string | undefined {
  if (env.NODE_ENV !== 'production') return undefined;
  const vendor = selectedVendor(vendors, env);
  return vendor.refusedInProduction?.(env, vendors);
}
