import { z } from 'zod';
import { checkoutCurrencies, defaultCheckoutCurrency, type CheckoutCurrency } from './credit-packages.ts';
import { vendorProblems } from './env-consistency.ts';
import { retellWebCallVersions, type RetellWebCallVersion } from './retell-web-call.ts';
import type { VendorModes } from './vendor-modes.ts';

/** Empty strings in an env file mean "unset", not "set to nothing". */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const flag = z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false']).optional());

const rawEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3001),
  HOST: z.string().default('0.0.0.0'),
  WEB_ORIGIN: z.url().default('http://localhost:3000'),
  /** Public URL of this API (what Mercado Pago and Retell call back). */
  PUBLIC_API_URL: optionalUrl,
  VOXLY_DATA_DIR: z.string().min(1).default('.voxly-data'),
  VOXLY_SERVE_WEB: optionalString,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `pretty`: readable lines for a person (pino-pretty); `json`: one JSON object a line, for machines. */
  LOG_FORMAT: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['json', 'pretty']).optional()),
  /** Set by npm to the script it runs: `npm start` runs the server's `dev` script. */
  npm_lifecycle_event: z.string().optional(),
  DATABASE_URL: optionalUrl,
  REDIS_URL: optionalUrl,
  VOXLY_RATE_LIMIT_API: z.coerce.number().int().min(1).default(600),
  VOXLY_RATE_LIMIT_AUTH: z.coerce.number().int().min(1).default(30),
  VOXLY_RATE_LIMIT_WEBHOOK: z.coerce.number().int().min(1).default(6_000),
  VOXLY_MAX_CALLS_PER_INSTANCE: z.coerce.number().int().min(1).default(2_000),
  VOXLY_MAX_CALLS_PER_USER: z.coerce.number().int().min(1).default(2),
  /** A call whose socket is gone this long (on every instance) has ended: `disconnected`. */
  VOXLY_RECONNECT_GRACE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /** Credits a new account starts with; 0 (the default): none, every interview is paid for. */
  VOXLY_WELCOME_CREDITS: z.coerce.number().int().min(0).max(10).default(0),
  /** Model replies a call may start before Retell asks, per candidate turn (preemptive replies); 0 turns them off. */
  VOXLY_PREEMPTIVE_REPLIES: z.coerce.number().int().min(0).max(3).default(1),
  /** `/metrics` (Prometheus) answers only with this bearer token... */
  VOXLY_METRICS_TOKEN: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(16, 'VOXLY_METRICS_TOKEN must be at least 16 characters').optional(),
  ),
  /** ...or on this internal port (no token), which is never the public one. */
  VOXLY_METRICS_PORT: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(65_535).optional()),
  /** Where the internal metrics port listens: loopback unless the scraper is elsewhere (never `HOST` by default: it has no token). */
  VOXLY_METRICS_HOST: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).default('127.0.0.1')),
  /** Which proxies' X-Forwarded-For to believe (Express's `trust proxy`): loopback, a hop count, or addresses. */
  VOXLY_TRUST_PROXY: z.string().trim().min(1).default('loopback'),
  VOXLY_CURRENCY: z.preprocess((v) => (v === '' ? undefined : v), z.enum(checkoutCurrencies).optional()),
  VOXLY_SESSION_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, 'VOXLY_SESSION_SECRET must be at least 32 characters').optional(),
  ),
  VOXLY_ALLOW_LOCAL_AUTH: flag,
  VOXLY_ALLOW_SANDBOX_PAYMENTS: flag,
  CLERK_SECRET_KEY: optionalString,
  CLERK_PUBLISHABLE_KEY: optionalString,
  CLERK_JWT_KEY: optionalString,
  /** Clerk's Backend API (default https://api.clerk.com): the balance mirror and the payer's email go there. */
  CLERK_API_URL: optionalUrl,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: optionalString,
  OPENAI_FEEDBACK_MODEL: optionalString,
  /** Whether the model runs on hardware we share (llama.cpp, Ollama): auto reads the base URL's host (loopback or private). */
  OPENAI_LOCAL_MODEL: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['auto', 'true', 'false']).default('auto')),
  /** Requests the model server serves at once (llama.cpp's slots); live turns first. 0: no limit. Default 1 when local, else 0. */
  OPENAI_MAX_CONCURRENCY: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(1_000).optional()),
  /** Extra first-chunk time per 1,000 prompt tokens (a cold prefill). Default 15000 when local, else 0. */
  OPENAI_PREFILL_MS_PER_1K_TOKENS: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(0).max(600_000).optional()),
  RETELL_API_KEY: optionalString,
  RETELL_AGENT_ID: optionalString,
  RETELL_BASE_URL: optionalUrl,
  /**
   * A secret path segment of the LLM WebSocket URL set on the Retell agent
   * (`wss://host/llm-websocket/<secret>`): Retell dials it, the candidate cannot.
   */
  RETELL_LLM_WEBSOCKET_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{24,128}$/, 'RETELL_LLM_WEBSOCKET_SECRET must be 24–128 characters of A–Z, a–z, 0–9, _ or -')
      .optional(),
  ),
  /** Addresses Retell connects from (comma-separated), or `retell` for Retell's published one; unset: any. */
  RETELL_ALLOWED_IPS: optionalString,
  /**
   * Which create-web-call Retell is asked for: `v2` (the full web-call object, joined by
   * retell-client-js-sdk 2.x, which the web app ships) or `v3` (a gateway token for the 3.x
   * client's RetellClient). Only switch to v3 together with the 3.x browser client.
   */
  RETELL_WEB_CALL_VERSION: z.preprocess((v) => (v === '' ? undefined : v), z.enum(retellWebCallVersions).optional()),
  MERCADOPAGO_ACCESS_TOKEN: optionalString,
  MERCADOPAGO_WEBHOOK_SECRET: optionalString,
});

export type RawEnv = z.infer<typeof rawEnvSchema>;

/** Every setting a deployment may set (npm's own variable aside): `.env.example` lists exactly these. */
export const environmentKeys = Object.keys(rawEnvSchema.shape).filter((key) => key !== 'npm_lifecycle_event');

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
  currency: CheckoutCurrency;
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
    currency: env.VOXLY_CURRENCY ?? defaultCheckoutCurrency,
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
