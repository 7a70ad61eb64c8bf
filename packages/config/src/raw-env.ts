import { z } from 'zod';
import { checkoutCurrencies, type CheckoutCurrency } from './credit-packages.ts';
import { retellWebCallVersions } from './retell-web-call.ts';

// The environment's raw schema, apart from the code that reads it (env.ts), so that the vendor
// consistency check (env-consistency.ts) can name its keys without an import circle.

/** Empty strings in an env file mean "unset", not "set to nothing". */
const optionalString = z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().min(1).optional());
const optionalUrl = z.preprocess((v) => (v === '' ? undefined : v), z.url().optional());
const flag = z.preprocess((v) => (v === '' ? undefined : v), z.enum(['true', 'false']).optional());

/** One optional setting per market (`MERCADOPAGO_ACCESS_TOKEN_ARS`, …), from the one list of currencies. */
function perMarket<Prefix extends string>(prefix: Prefix) {
  return Object.fromEntries(checkoutCurrencies.map((market) => [`${prefix}_${market}`, optionalString])) as Record<
    `${Prefix}_${CheckoutCurrency}`,
    typeof optionalString
  >;
}

export const rawEnvSchema = z.object({
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
  /** The markets (currencies) visitors may be priced in, comma-separated; unset: VOXLY_CURRENCY's alone. */
  VOXLY_MARKETS: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : [...new Set(v.split(',').map((m) => m.trim().toUpperCase()))]) : v),
    z
      .array(
        z.enum(checkoutCurrencies, {
          error: (issue) =>
            `${String(issue.input)} is not a currency Mercado Pago's Checkout Pro settles in (${checkoutCurrencies.join(', ')})`,
        }),
      )
      .min(1)
      .optional(),
  ),
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
  /** The default market's Mercado Pago account (VOXLY_CURRENCY, else VOXLY_MARKETS' first). */
  MERCADOPAGO_ACCESS_TOKEN: optionalString,
  MERCADOPAGO_WEBHOOK_SECRET: optionalString,
  /** One Mercado Pago account per further market: an account settles only its own country's currency. */
  ...perMarket('MERCADOPAGO_ACCESS_TOKEN'),
  ...perMarket('MERCADOPAGO_WEBHOOK_SECRET'),
});

export type RawEnv = z.infer<typeof rawEnvSchema>;

/** Every setting a deployment may set (npm's own variable aside): `.env.example` lists exactly these. */
export const environmentKeys = Object.keys(rawEnvSchema.shape).filter((key) => key !== 'npm_lifecycle_event');
