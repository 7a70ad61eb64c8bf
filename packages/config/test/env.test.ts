import { describe, expect, it } from 'vitest';
import { ConfigError, loadServerConfig, vendorModes } from '../src/env.ts';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadServerConfig', () => {
  it('runs every vendor locally when no keys are set', () => {
    const config = loadServerConfig({});
    expect(vendorModes(config)).toEqual({
      auth: 'local',
      llm: 'scripted',
      voice: 'browser',
      payments: 'sandbox',
      database: 'pglite',
    });
    expect(config.port).toBe(3001);
    expect(config.webOrigin).toBe('http://localhost:3000');
    expect(config.database).toEqual({ kind: 'pglite', dir: '.voxly-data/db' });
  });

  it('puts the internal metrics port on loopback unless told otherwise, whatever HOST is', () => {
    expect(loadServerConfig({ HOST: '0.0.0.0', VOXLY_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadServerConfig({ VOXLY_METRICS_PORT: '9464', VOXLY_METRICS_HOST: '10.0.0.5' }).metrics.host).toBe('10.0.0.5');
  });

  it('treats empty strings as unset', () => {
    const config = loadServerConfig({ DATABASE_URL: '', CLERK_SECRET_KEY: '', OPENAI_API_KEY: '' });
    expect(config.database.kind).toBe('pglite');
    expect(config.auth.kind).toBe('local');
    expect(config.llm.kind).toBe('scripted');
  });

  it('switches each vendor to its real adapter when its keys are set', () => {
    const config = loadServerConfig({
      DATABASE_URL: 'postgres://u@db:5432/voxly',
      CLERK_SECRET_KEY: 'sk_test_x',
      CLERK_PUBLISHABLE_KEY: 'pk_test_eA==',
      CLERK_JWT_KEY: '-----BEGIN PUBLIC KEY-----\\nabc\\n-----END PUBLIC KEY-----',
      CLERK_API_URL: 'https://clerk-api.internal.example/',
      OPENAI_API_KEY: 'sk-x',
      RETELL_API_KEY: 'key_x',
      RETELL_AGENT_ID: 'agent_x',
      RETELL_LLM_WEBSOCKET_SECRET: 'a-long-secret-path-segment-0123',
      RETELL_ALLOWED_IPS: 'retell, 203.0.113.7',
      MERCADOPAGO_ACCESS_TOKEN: 'TEST-1',
      MERCADOPAGO_WEBHOOK_SECRET: 'whsec',
      WEB_ORIGIN: 'https://app.voxly.example/',
    });
    expect(vendorModes(config)).toEqual({
      auth: 'clerk',
      llm: 'openai',
      voice: 'retell',
      payments: 'mercadopago',
      database: 'postgres',
    });
    expect(config.auth).toMatchObject({
      authorizedParties: ['https://app.voxly.example'],
      jwtKey: '-----BEGIN PUBLIC KEY-----\nabc\n-----END PUBLIC KEY-----',
      apiUrl: 'https://clerk-api.internal.example',
    });
    expect(config.llm).toMatchObject({ model: 'gpt-4o-mini', feedbackModel: 'gpt-4o-mini' });
    expect(config.voice).toMatchObject({ llmSocketSecret: 'a-long-secret-path-segment-0123', allowedIps: ['100.20.5.228', '203.0.113.7'] });
  });

  it('asks Retell for v2 web calls unless RETELL_WEB_CALL_VERSION says v3, and refuses anything else', () => {
    const retell = { RETELL_API_KEY: 'key_x', RETELL_AGENT_ID: 'agent_x', RETELL_LLM_WEBSOCKET_SECRET: 'a-long-secret-path-segment-0123' };
    expect(loadServerConfig(retell).voice).toMatchObject({ kind: 'retell', webCallVersion: 'v2' });
    expect(loadServerConfig({ ...retell, RETELL_WEB_CALL_VERSION: '' }).voice).toMatchObject({ webCallVersion: 'v2' });
    expect(loadServerConfig({ ...retell, RETELL_WEB_CALL_VERSION: 'v3' }).voice).toMatchObject({ webCallVersion: 'v3' });
    expect(problemsOf({ ...retell, RETELL_WEB_CALL_VERSION: 'v4' })[0]).toMatch(/^RETELL_WEB_CALL_VERSION:/);
    expect(problemsOf({ RETELL_WEB_CALL_VERSION: 'v3' })[0]).toMatch(/RETELL_WEB_CALL_VERSION is set but RETELL_API_KEY is not/);
  });

  it('runs a model on loopback or a private network as local (one request at a time, prefill-sized limits), a hosted one not', () => {
    const local = loadServerConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', OPENAI_MODEL: 'qwen2.5-1.5b' });
    expect(local.llm).toMatchObject({ local: true, maxConcurrency: 1, prefillMsPer1kTokens: 15_000 });
    for (const url of [
      'http://localhost:11434/v1',
      'http://10.0.0.5/v1',
      'http://192.168.1.9:8080/v1',
      'http://llama:8080/v1',
      'http://[::1]:8080/v1',
    ]) {
      expect(loadServerConfig({ OPENAI_BASE_URL: url, OPENAI_MODEL: 'm' }).llm, url).toMatchObject({ local: true });
    }
    expect(loadServerConfig({ OPENAI_API_KEY: 'sk-x' }).llm).toMatchObject({ local: false, maxConcurrency: 0, prefillMsPer1kTokens: 0 });
    expect(loadServerConfig({ OPENAI_BASE_URL: 'https://api.together.xyz/v1', OPENAI_MODEL: 'm' }).llm).toMatchObject({ local: false });
    const tuned = loadServerConfig({
      OPENAI_BASE_URL: 'https://gpu.example.com/v1',
      OPENAI_MODEL: 'm',
      OPENAI_LOCAL_MODEL: 'true',
      OPENAI_MAX_CONCURRENCY: '4',
      OPENAI_PREFILL_MS_PER_1K_TOKENS: '2000',
    });
    expect(tuned.llm).toMatchObject({ local: true, maxConcurrency: 4, prefillMsPer1kTokens: 2_000 });
  });

  it('accepts an OpenAI-compatible server without a key but requires its model name', () => {
    const config = loadServerConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.1' });
    expect(config.llm).toMatchObject({ kind: 'openai', baseURL: 'http://127.0.0.1:11434/v1', model: 'llama3.1' });
    expect(problemsOf({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' })).toEqual([
      expect.stringContaining('OPENAI_BASE_URL is set without OPENAI_MODEL'),
    ]);
  });

  it('refuses a half-configured vendor with a message naming what is missing', () => {
    expect(problemsOf({ MERCADOPAGO_ACCESS_TOKEN: 'TEST-1' })).toEqual([
      'Mercado Pago is half-configured: MERCADOPAGO_ACCESS_TOKEN is set but MERCADOPAGO_WEBHOOK_SECRET is missing. ' +
        'Set all of MERCADOPAGO_ACCESS_TOKEN, MERCADOPAGO_WEBHOOK_SECRET, or none to use the sandbox checkout.',
    ]);
    expect(problemsOf({ CLERK_PUBLISHABLE_KEY: 'pk_test_eA==' })[0]).toMatch(/Clerk is half-configured.*CLERK_SECRET_KEY is missing/);
    expect(problemsOf({ RETELL_API_KEY: 'key' })[0]).toMatch(/Retell is half-configured.*RETELL_AGENT_ID/);
    // Retell without the socket's secret would leave the interview socket open to anyone who knows a call id.
    expect(problemsOf({ RETELL_API_KEY: 'key', RETELL_AGENT_ID: 'agent' })[0]).toMatch(/RETELL_LLM_WEBSOCKET_SECRET is missing/);
    expect(problemsOf({ RETELL_API_KEY: 'key', RETELL_AGENT_ID: 'agent', RETELL_LLM_WEBSOCKET_SECRET: 'short' })[0]).toMatch(
      /RETELL_LLM_WEBSOCKET_SECRET must be 24–128 characters/,
    );
    expect(problemsOf({ CLERK_JWT_KEY: 'pem' })[0]).toMatch(/CLERK_JWT_KEY is set but CLERK_SECRET_KEY is not/);
    expect(problemsOf({ CLERK_API_URL: 'https://api.clerk.com' })[0]).toMatch(/CLERK_API_URL is set but CLERK_SECRET_KEY is not/);
  });

  it('lists every problem at once', () => {
    const problems = problemsOf({ PORT: 'abc', MERCADOPAGO_WEBHOOK_SECRET: 'x', RETELL_AGENT_ID: 'a' });
    expect(problems).toHaveLength(1); // schema errors are reported before vendor checks
    expect(problems[0]).toMatch(/^PORT:/);
    expect(problemsOf({ MERCADOPAGO_WEBHOOK_SECRET: 'x', RETELL_AGENT_ID: 'a' })).toHaveLength(2);
  });

  it('refuses local sign-in and the sandbox checkout in production unless explicitly allowed', () => {
    const demo = { NODE_ENV: 'production', VOXLY_ALLOW_LOCAL_AUTH: 'true', VOXLY_ALLOW_SANDBOX_PAYMENTS: 'true' };
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      expect.stringMatching(/Local sign-in is refused in production/),
      expect.stringMatching(/sandbox checkout is refused in production/),
    ]);
    expect(loadServerConfig(demo).auth.kind).toBe('local');
    const real = {
      NODE_ENV: 'production',
      CLERK_SECRET_KEY: 'sk_live_x',
      CLERK_PUBLISHABLE_KEY: 'pk_live_eA==',
      MERCADOPAGO_ACCESS_TOKEN: 'APP_USR-1',
      MERCADOPAGO_WEBHOOK_SECRET: 'whsec',
    };
    expect(vendorModes(loadServerConfig(real))).toMatchObject({ auth: 'clerk', payments: 'mercadopago' });
  });

  it('rejects malformed values', () => {
    expect(problemsOf({ DATABASE_URL: 'not a url' })[0]).toMatch(/^DATABASE_URL:/);
    expect(problemsOf({ VOXLY_SESSION_SECRET: 'short' })[0]).toMatch(/at least 32 characters/);
    expect(problemsOf({ VOXLY_CURRENCY: 'EUR' })[0]).toMatch(/^VOXLY_CURRENCY:/);
    expect(problemsOf({ CLERK_SECRET_KEY: 'sk', CLERK_PUBLISHABLE_KEY: 'nope' })[0]).toMatch(/pk_test_ or pk_live_/);
  });

  describe('markets (VOXLY_MARKETS)', () => {
    it('prices everyone in one currency by default, as before', () => {
      expect(loadServerConfig({})).toMatchObject({ currency: 'BRL', markets: ['BRL'] });
      expect(loadServerConfig({ VOXLY_CURRENCY: 'MXN' })).toMatchObject({ currency: 'MXN', markets: ['MXN'] });
      expect(loadServerConfig({ VOXLY_MARKETS: '' })).toMatchObject({ currency: 'BRL', markets: ['BRL'] });
    });

    it('reads a list in any case and spacing, once each; the first is the default unless VOXLY_CURRENCY names one', () => {
      expect(loadServerConfig({ VOXLY_MARKETS: ' ars, BRL ,mxn,ARS' })).toMatchObject({ currency: 'ARS', markets: ['ARS', 'BRL', 'MXN'] });
      expect(loadServerConfig({ VOXLY_MARKETS: 'ARS,BRL', VOXLY_CURRENCY: 'BRL' })).toMatchObject({
        currency: 'BRL',
        markets: ['ARS', 'BRL'],
      });
    });

    it('refuses a currency Checkout Pro does not settle in, naming it', () => {
      const [problem] = problemsOf({ VOXLY_MARKETS: 'BRL,USD' });
      expect(problem).toMatch(/^VOXLY_MARKETS\.1: USD is not a currency Mercado Pago's Checkout Pro settles in \(BRL, ARS/);
      expect(problemsOf({ VOXLY_MARKETS: ',' })[0]).toMatch(/^VOXLY_MARKETS/);
    });

    it('refuses a default currency outside the list', () => {
      expect(problemsOf({ VOXLY_MARKETS: 'ARS,MXN', VOXLY_CURRENCY: 'BRL' })).toEqual([
        'VOXLY_CURRENCY (BRL) is the default market, so VOXLY_MARKETS (ARS, MXN) must include it.',
      ]);
    });

    it('refuses several markets on one Mercado Pago account, which settles only its own country’s currency', () => {
      const mercadoPago = { MERCADOPAGO_ACCESS_TOKEN: 'APP_USR-1', MERCADOPAGO_WEBHOOK_SECRET: 'whsec' };
      expect(problemsOf({ ...mercadoPago, VOXLY_MARKETS: 'BRL,ARS' })).toEqual([
        "Mercado Pago has no account for ARS (in VOXLY_MARKETS): an account takes payments only in its own country's currency, " +
          "so set MERCADOPAGO_ACCESS_TOKEN_ARS and MERCADOPAGO_WEBHOOK_SECRET_ARS to that country's account, or drop ARS from VOXLY_MARKETS.",
      ]);
      expect(loadServerConfig({ ...mercadoPago, VOXLY_MARKETS: 'ARS' })).toMatchObject({ currency: 'ARS', markets: ['ARS'] });
    });

    it('takes one Mercado Pago account per market: the unsuffixed pair is the default market’s', () => {
      const config = loadServerConfig({
        VOXLY_MARKETS: 'ARS,BRL,MXN',
        VOXLY_CURRENCY: 'BRL',
        MERCADOPAGO_ACCESS_TOKEN: 'APP_USR-br',
        MERCADOPAGO_WEBHOOK_SECRET: 'secret-br',
        MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar',
        MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar',
        MERCADOPAGO_ACCESS_TOKEN_MXN: 'APP_USR-mx',
        MERCADOPAGO_WEBHOOK_SECRET_MXN: 'secret-mx',
      });
      expect(config.payments).toEqual({
        kind: 'mercadopago',
        defaultMarket: 'BRL',
        accounts: [
          { market: 'BRL', accessToken: 'APP_USR-br', webhookSecret: 'secret-br' },
          { market: 'ARS', accessToken: 'APP_USR-ar', webhookSecret: 'secret-ar' },
          { market: 'MXN', accessToken: 'APP_USR-mx', webhookSecret: 'secret-mx' },
        ],
      });
      // Every account by its market's name works too, and selects Mercado Pago alone.
      const suffixedOnly = loadServerConfig({
        VOXLY_MARKETS: 'ARS,MXN',
        MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar',
        MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar',
        MERCADOPAGO_ACCESS_TOKEN_MXN: 'APP_USR-mx',
        MERCADOPAGO_WEBHOOK_SECRET_MXN: 'secret-mx',
      });
      expect(suffixedOnly.payments).toMatchObject({ kind: 'mercadopago', defaultMarket: 'ARS' });
    });

    it('refuses a market without its account, half an account, an account for a market not sold, and one account twice', () => {
      const two = { VOXLY_MARKETS: 'BRL,ARS', MERCADOPAGO_ACCESS_TOKEN: 'APP_USR-br', MERCADOPAGO_WEBHOOK_SECRET: 'secret-br' };
      expect(problemsOf({ ...two, MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar' })).toEqual([
        "Mercado Pago's ARS account is half-configured: MERCADOPAGO_ACCESS_TOKEN_ARS is set but MERCADOPAGO_WEBHOOK_SECRET_ARS is missing.",
      ]);
      expect(
        problemsOf({
          ...two,
          MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar',
          MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar',
          MERCADOPAGO_ACCESS_TOKEN_CLP: 'APP_USR-cl',
          MERCADOPAGO_WEBHOOK_SECRET_CLP: 'secret-cl',
        }),
      ).toEqual(['MERCADOPAGO_ACCESS_TOKEN_CLP is set but CLP is not in VOXLY_MARKETS (BRL, ARS): add the market or remove its account.']);
      expect(problemsOf({ ...two, MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-br', MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar' })).toEqual([
        "ARS's Mercado Pago access token is BRL's: each market needs its own country's account.",
      ]);
      expect(problemsOf({ ...two, MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar', MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-br' })).toEqual([
        "ARS's Mercado Pago webhook secret is BRL's: each account has its own.",
      ]);
      expect(
        problemsOf({
          ...two,
          MERCADOPAGO_ACCESS_TOKEN_BRL: 'APP_USR-b2',
          MERCADOPAGO_WEBHOOK_SECRET_BRL: 's2',
          MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar',
          MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar',
        }),
      ).toEqual([
        'Two Mercado Pago accounts for BRL, the default market: MERCADOPAGO_ACCESS_TOKEN and MERCADOPAGO_ACCESS_TOKEN_BRL. Set one.',
      ]);
      // Without VOXLY_MARKETS, a lone market account is for a market not sold.
      expect(problemsOf({ MERCADOPAGO_ACCESS_TOKEN_ARS: 'APP_USR-ar', MERCADOPAGO_WEBHOOK_SECRET_ARS: 'secret-ar' })).toEqual([
        'MERCADOPAGO_ACCESS_TOKEN_ARS is set but ARS is not in VOXLY_MARKETS (BRL): add the market or remove its account.',
        expect.stringMatching(
          /^Mercado Pago has no account for BRL, the default market: .* set MERCADOPAGO_ACCESS_TOKEN and MERCADOPAGO_WEBHOOK_SECRET \(or MERCADOPAGO_ACCESS_TOKEN_BRL and MERCADOPAGO_WEBHOOK_SECRET_BRL\)/,
        ),
      ]);
    });
  });
});
