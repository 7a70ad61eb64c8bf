import type { CheckoutCurrency } from './credit-packages.ts';
import { vendorProblems } from './env-consistency.ts';
import { defaultMarketOf, marketsOf } from './markets.ts';
import { rawEnvSchema, type RawEnv } from './raw-env.ts';
import {
  productionProblems,
  selectedVendorProblems,
  vendorConfigs,
  type AuthConfig,
  type LanguageModelConfig,
  type PaymentsConfig,
  type VoiceConfig,
} from './vendor-env/index.ts';
import type { VendorModes } from './vocabulary/vendors.ts';

export { environmentKeys, type RawEnv } from './raw-env.ts';

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
export {
  isLocalHost,
  retellPublishedIps,
  type AuthConfig,
  type LanguageModelConfig,
  type MercadoPagoAccount,
  type PaymentsConfig,
  type VoiceConfig,
} from './vendor-env/index.ts';

export interface ServerConfig {
  nodeEnv: RawEnv['NODE_ENV'];
  port: number;
  host: string;
  webOrigin: string;
  publicApiUrl: string;
  dataDir: string;
  /** Folder of the built web app to serve from the API port, if any. */
  serveWebDir?: string;
  logLevel: RawEnv['LOG_LEVEL'];
  /** Readable in development (`npm start`), JSON everywhere else unless LOG_FORMAT says otherwise. */
  logFormat: 'json' | 'pretty';
  redisUrl?: string;
  limits: AbuseLimits;
  /** How long a dropped call may take to come back before it counts as ended. */
  reconnectGraceMs: number;
  /** Credits granted once to each new account (0: none). */
  welcomeCredits: number;
  preemptiveRepliesPerTurn: number;
  /** Where Prometheus may scrape: off unless a token or an internal port is set. */
  metrics: { token?: string; port?: number; host: string };
  /** Express's `trust proxy` setting, also used for the socket upgrade's client address. */
  trustProxy: string;
  /** The default market: visitors no other market fits are priced in it. */
  currency: CheckoutCurrency;
  /** Every market a visitor may be priced in (VOXLY_MARKETS), the default among them. */
  markets: CheckoutCurrency[];
  database: DatabaseConfig;
  auth: AuthConfig;
  llm: LanguageModelConfig;
  voice: VoiceConfig;
  payments: PaymentsConfig;
}

/** Abuse limits. Requests are per minute, per signed-in user (per IP when anonymous). */
export interface AbuseLimits {
  apiPerMinute: number;
  /** Sign-in attempts per IP. */
  authPerMinute: number;
  /** Vendor notifications per IP (Mercado Pago retries what we refuse). */
  webhookPerMinute: number;
  /** Live interview sockets this process holds at once. */
  callsPerInstance: number;
  /** Live interview calls one user may hold at once. */
  callsPerUser: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** VOXLY_MARKETS against the default currency (each payment provider checks its own accounts). */
function marketProblems(env: RawEnv): string[] {
  const markets = env.VOXLY_MARKETS;
  if (!markets) return [];
  const problems: string[] = [];
  if (env.VOXLY_CURRENCY && !markets.includes(env.VOXLY_CURRENCY)) {
    problems.push(
      `VOXLY_CURRENCY (${env.VOXLY_CURRENCY}) is the default market, so VOXLY_MARKETS (${markets.join(', ')}) must include it.`,
    );
  }
  return problems;
}

function buildConfig(env: RawEnv): ServerConfig {
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    webOrigin: new URL(env.WEB_ORIGIN).origin,
    publicApiUrl: (env.PUBLIC_API_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    dataDir: env.VOXLY_DATA_DIR,
    ...(env.VOXLY_SERVE_WEB ? { serveWebDir: env.VOXLY_SERVE_WEB } : {}),
    logLevel: env.LOG_LEVEL,
    logFormat: env.LOG_FORMAT ?? (env.npm_lifecycle_event === 'dev' && env.NODE_ENV !== 'production' ? 'pretty' : 'json'),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    limits: {
      apiPerMinute: env.VOXLY_RATE_LIMIT_API,
      authPerMinute: env.VOXLY_RATE_LIMIT_AUTH,
      webhookPerMinute: env.VOXLY_RATE_LIMIT_WEBHOOK,
      callsPerInstance: env.VOXLY_MAX_CALLS_PER_INSTANCE,
      callsPerUser: env.VOXLY_MAX_CALLS_PER_USER,
    },
    reconnectGraceMs: env.VOXLY_RECONNECT_GRACE_SECONDS * 1000,
    welcomeCredits: env.VOXLY_WELCOME_CREDITS,
    preemptiveRepliesPerTurn: env.VOXLY_PREEMPTIVE_REPLIES,
    metrics: {
      ...(env.VOXLY_METRICS_TOKEN ? { token: env.VOXLY_METRICS_TOKEN } : {}),
      ...(env.VOXLY_METRICS_PORT ? { port: env.VOXLY_METRICS_PORT } : {}),
      host: env.VOXLY_METRICS_HOST,
    },
    trustProxy: env.VOXLY_TRUST_PROXY,
    currency: defaultMarketOf(env),
    markets: marketsOf(env),
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dir: `${env.VOXLY_DATA_DIR}/db` },
    ...vendorConfigs(env),
  };
}

/**
 * Reads and checks the server's environment. Throws a ConfigError that lists every
 * problem at once, so a misconfigured deploy fails at start, not on the first request.
 */
export function loadServerConfig(source: Record<string, string | undefined> = process.env): ServerConfig {
  const parsed = rawEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`));
  }
  const env = parsed.data;
  const problems = vendorProblems(env);
  // Only the selected vendor's rule applies: a second payments provider runs without Mercado Pago's keys.
  problems.push(...productionProblems(env));
  problems.push(...marketProblems(env));
  // The selected vendors' own rules (Mercado Pago: one account per market).
  problems.push(...selectedVendorProblems(env));
  if (problems.length > 0) throw new ConfigError(problems);
  return buildConfig(env);
}

export function vendorModes(config: ServerConfig): VendorModes {
  return {
    auth: config.auth.kind,
    llm: config.llm.kind,
    voice: config.voice.kind,
    payments: config.payments.kind,
    database: config.database.kind,
  };
}
