import { defaultCheckoutCurrency, type CheckoutCurrency } from './credit-packages.ts';
import { vendorProblems } from './env-consistency.ts';
import { rawEnvSchema, type RawEnv } from './raw-env.ts';
import type { RetellWebCallVersion } from './retell-web-call.ts';
import type { VendorModes } from './vocabulary/vendors.ts';

export { environmentKeys, type RawEnv } from './raw-env.ts';

export type DatabaseConfig = { kind: 'postgres'; url: string } | { kind: 'pglite'; dir: string };
export type AuthConfig =
  | { kind: 'clerk'; secretKey: string; publishableKey: string; jwtKey?: string; apiUrl?: string; authorizedParties: string[] }
  | { kind: 'local'; sessionSecret?: string };
export type LanguageModelConfig =
  | {
      kind: 'openai';
      apiKey: string;
      baseURL?: string;
      model: string;
      feedbackModel: string;
      /** On hardware we share (a local llama.cpp or Ollama): sized and scheduled as such. */
      local: boolean;
      /** Requests at once, live turns first; 0: no limit. */
      maxConcurrency: number;
      /** First-chunk time added per 1,000 prompt tokens. */
      prefillMsPer1kTokens: number;
    }
  | { kind: 'scripted' };

/** A loopback or private-network host: a model server on hardware we run, not a hosted API. */
export function isLocalHost(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    host === '::1' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    !host.includes('.')
  );
}
export type VoiceConfig =
  | {
      kind: 'retell';
      apiKey: string;
      agentId: string;
      baseURL?: string;
      llmSocketSecret: string;
      allowedIps?: string[];
      /** The create-web-call version whose token the shipped browser client joins. */
      webCallVersion: RetellWebCallVersion;
    }
  | { kind: 'browser' };

/** Retell's published address for calls to our servers (docs.retellai.com, "Secure the webhook"). */
export const retellPublishedIps = ['100.20.5.228'] as const;
export type PaymentsConfig = { kind: 'mercadopago'; accessToken: string; webhookSecret: string } | { kind: 'sandbox' };

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

/** `retell` stands for Retell's published addresses; anything else is a literal address. */
function parseAllowedIps(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((ip) => ip.trim())
        .filter(Boolean)
        .flatMap((ip) => (ip === 'retell' ? [...retellPublishedIps] : [ip])),
    ),
  ];
}

/** VOXLY_MARKETS against the default currency and the payment provider. */
function marketProblems(env: RawEnv): string[] {
  const markets = env.VOXLY_MARKETS;
  if (!markets) return [];
  const problems: string[] = [];
  if (env.VOXLY_CURRENCY && !markets.includes(env.VOXLY_CURRENCY)) {
    problems.push(
      `VOXLY_CURRENCY (${env.VOXLY_CURRENCY}) is the default market, so VOXLY_MARKETS (${markets.join(', ')}) must include it.`,
    );
  }
  // Mercado Pago: "an account created in Mexico only accepts payments in Mexican pesos" (its
  // FAQ), so one access token can settle one market; a second would fail at every checkout.
  if (env.MERCADOPAGO_ACCESS_TOKEN && markets.length > 1) {
    problems.push(
      `VOXLY_MARKETS names ${markets.length} markets (${markets.join(', ')}), but a Mercado Pago account takes payments only ` +
        `in its own country's currency: with MERCADOPAGO_ACCESS_TOKEN set, name the one market of that account.`,
    );
  }
  return problems;
}

function buildConfig(env: RawEnv): ServerConfig {
  const auth: AuthConfig =
    env.CLERK_SECRET_KEY && env.CLERK_PUBLISHABLE_KEY
      ? {
          kind: 'clerk',
          secretKey: env.CLERK_SECRET_KEY,
          publishableKey: env.CLERK_PUBLISHABLE_KEY,
          ...(env.CLERK_JWT_KEY ? { jwtKey: env.CLERK_JWT_KEY.replace(/\\n/g, '\n') } : {}),
          ...(env.CLERK_API_URL ? { apiUrl: env.CLERK_API_URL.replace(/\/$/, '') } : {}),
          authorizedParties: [new URL(env.WEB_ORIGIN).origin],
        }
      : { kind: 'local', ...(env.VOXLY_SESSION_SECRET ? { sessionSecret: env.VOXLY_SESSION_SECRET } : {}) };

  const localModel =
    env.OPENAI_LOCAL_MODEL === 'auto' ? !!env.OPENAI_BASE_URL && isLocalHost(env.OPENAI_BASE_URL) : env.OPENAI_LOCAL_MODEL === 'true';
  const llm: LanguageModelConfig =
    env.OPENAI_API_KEY || env.OPENAI_BASE_URL
      ? {
          kind: 'openai',
          // Local model servers (Ollama, vLLM, LM Studio) accept any key.
          apiKey: env.OPENAI_API_KEY ?? 'not-needed',
          ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
          model: env.OPENAI_MODEL ?? 'gpt-4o-mini',
          feedbackModel: env.OPENAI_FEEDBACK_MODEL ?? env.OPENAI_MODEL ?? 'gpt-4o-mini',
          local: localModel,
          // One llama.cpp slot by default: a second request would only slow the live one.
          maxConcurrency: env.OPENAI_MAX_CONCURRENCY ?? (localModel ? 1 : 0),
          // ~1,350 tokens took ~20 s to prefill on a 1.5B model on two cores.
          prefillMsPer1kTokens: env.OPENAI_PREFILL_MS_PER_1K_TOKENS ?? (localModel ? 15_000 : 0),
        }
      : { kind: 'scripted' };

  const voice: VoiceConfig =
    env.RETELL_API_KEY && env.RETELL_AGENT_ID && env.RETELL_LLM_WEBSOCKET_SECRET
      ? {
          kind: 'retell',
          apiKey: env.RETELL_API_KEY,
          agentId: env.RETELL_AGENT_ID,
          llmSocketSecret: env.RETELL_LLM_WEBSOCKET_SECRET,
          webCallVersion: env.RETELL_WEB_CALL_VERSION ?? 'v2',
          ...(env.RETELL_BASE_URL ? { baseURL: env.RETELL_BASE_URL } : {}),
          ...(env.RETELL_ALLOWED_IPS ? { allowedIps: parseAllowedIps(env.RETELL_ALLOWED_IPS) } : {}),
        }
      : { kind: 'browser' };

  const payments: PaymentsConfig =
    env.MERCADOPAGO_ACCESS_TOKEN && env.MERCADOPAGO_WEBHOOK_SECRET
      ? { kind: 'mercadopago', accessToken: env.MERCADOPAGO_ACCESS_TOKEN, webhookSecret: env.MERCADOPAGO_WEBHOOK_SECRET }
      : { kind: 'sandbox' };

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
    currency: env.VOXLY_CURRENCY ?? env.VOXLY_MARKETS?.[0] ?? defaultCheckoutCurrency,
    markets: env.VOXLY_MARKETS ?? [env.VOXLY_CURRENCY ?? defaultCheckoutCurrency],
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dir: `${env.VOXLY_DATA_DIR}/db` },
    auth,
    llm,
    voice,
    payments,
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
  if (env.NODE_ENV === 'production' && !env.CLERK_SECRET_KEY && env.VOXLY_ALLOW_LOCAL_AUTH !== 'true') {
    problems.push(
      'Local sign-in is refused in production: anyone could sign in as anyone. Configure Clerk ' +
        '(CLERK_SECRET_KEY, CLERK_PUBLISHABLE_KEY) or set VOXLY_ALLOW_LOCAL_AUTH=true for a private demo.',
    );
  }
  if (env.NODE_ENV === 'production' && !env.MERCADOPAGO_ACCESS_TOKEN && env.VOXLY_ALLOW_SANDBOX_PAYMENTS !== 'true') {
    problems.push(
      'The sandbox checkout is refused in production: it approves payments without money. Configure Mercado Pago ' +
        '(MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET) or set VOXLY_ALLOW_SANDBOX_PAYMENTS=true for a private demo.',
    );
  }
  problems.push(...marketProblems(env));
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
