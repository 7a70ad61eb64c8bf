import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appRouter } from '@voxly/api/router';
import { testDatabaseTargets } from '@voxly/api/testing';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mountedPathsOf, plainRoutesOf, routeKey, type PlainRoute } from './support/express-routes.ts';
import { backendInterview, grantCredits, socketUrl } from './support/interview-fixtures.ts';
import { mercadoPagoNotification, sendNotification } from './support/mercadopago-signature.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

/** What anyone may call before signing in: the web app needs these on its first page. */
const publicProcedures = new Set(['account.publicConfig', 'account.session', 'billing.packages', 'billing.prices', 'feedback.shared']);

/** What no answer may ever contain: SQL, parameters, stack frames, our file paths. */
const leaks = /failed query|select |insert into|params:|\bat .+:\d+:\d+|node_modules|\/src\/|stack/i;

/** Each public procedure: a valid anonymous input, and a bad one when it takes input (then 400). */
const publicCases: Record<string, { input?: unknown; bad?: unknown; answers?: number }> = {
  'account.publicConfig': {},
  'account.session': {},
  'billing.packages': {},
  // A visitor may name a market; one no checkout settles in is 400.
  'billing.prices': { input: { market: 'BRL' }, bad: { market: 'USD' } },
  // A well-formed token nobody shared answers 404, exactly like a revoked one.
  'feedback.shared': { input: { token: 'A'.repeat(43) }, bad: { token: 'short\u0000' }, answers: 404 },
};

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
}
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: ProcedureDef }> } })._def.procedures,
).map(([path, procedure]) => ({ path, type: procedure._def.type, inputs: procedure._def.inputs }));

/** The top-level keys of a procedure's input schema (zod object), if it has one. */
function inputKeys(inputs: unknown[]): string[] {
  const schema = inputs[0];
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Calls a procedure over plain HTTP, exactly as the tRPC client would (superjson). */
async function call(server: TestServer, path: string, type: string, input: unknown, cookie?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) };
  const encoded = JSON.stringify(superjson.serialize(input));
  const response =
    type === 'query'
      ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${server.url}/trpc/${path}`, { method: 'POST', headers, body: encoded });
  const body = (await response.json()) as { error?: { json: { data: { code: string } } } };
  return { status: response.status, code: body.error?.json.data.code ?? 'OK' };
}

async function rawText(server: TestServer, path: string, type: string, input: unknown) {
  const encoded = encodeURIComponent(JSON.stringify(superjson.serialize(input)));
  const response =
    type === 'query'
      ? await fetch(`${server.url}/trpc/${path}?input=${encoded}`)
      : await fetch(`${server.url}/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: decodeURIComponent(encoded),
        });
  return response.text();
}

const retellApiKey = 'key_sweep_retell';
const metricsToken = 'sweep-metrics-token-0123456789';

interface RouteContext {
  /** Local mode: local sign-in, sandbox checkout, browser voice. */
  local: TestServer;
  /** Retell, Mercado Pago, a metrics token and the built web app served from the API port. */
  vendors: TestServer;
  owner: { cookie: string; interviewId: string; orderId: string };
  intruderCookie: string;
}

const send = (server: TestServer, path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, init);
const post = (server: TestServer, path: string, body: string, headers: Record<string, string> = {}) =>
  send(server, path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const randomOrderId = '4b0e7c9e-2f57-4b5e-9d0b-7c3c1d2a9f10';

/**
 * Every plain Express route, by `METHOD path` as the live router declares it: what guards it,
 * and an attack on that guard. A route added without a case here fails the sweep.
 */
const routeCases: Record<string, { guard: string; attack: (context: RouteContext) => Promise<void> }> = {
  'GET /health': {
    guard: 'public: liveness only, no data',
    async attack({ local }) {
      expect(await (await send(local, '/health?x=%00')).json()).toEqual({ status: 'ok' });
    },
  },
  'GET /ready': {
    guard: 'public: readiness only, no data',
    async attack({ local }) {
      expect(await (await send(local, '/ready')).json()).toEqual({ status: 'ready' });
    },
  },
  'POST /auth/local': {
    guard: 'public sign-in: bad input is a 400 (413 when huge) and opens no session',
    async attack({ local }) {
      for (const body of [
        '{"name":"Ana\\u0000"}',
        '{"name":""}',
        '{"name":["x"]}',
        'not json',
        JSON.stringify({ name: 'x'.repeat(5_000) }),
      ]) {
        const response = await post(local, '/auth/local', body);
        expect([400, 413], body.slice(0, 30)).toContain(response.status);
        expect(response.headers.get('set-cookie'), body.slice(0, 30)).toBeNull();
      }
    },
  },
  'POST /auth/local/sign-out': {
    guard: 'revokes only the session its own signed cookie names',
    async attack({ local, owner }) {
      const [name, value] = owner.cookie.split('=') as [string, string];
      const forged = `${name}=${value.slice(0, -2)}${value.endsWith('AA') ? 'BB' : 'AA'}`;
      for (const cookie of [forged, `${name}=%00`, undefined]) {
        const response = await post(local, '/auth/local/sign-out', '', cookie ? { cookie } : {});
        expect(response.status).toBe(200);
      }
      // The owner is still signed in: nobody else's cookie ended their session.
      expect((await apiClient(local.url, { cookie: owner.cookie }).account.me.query()).user.name).toBe('Sweep Owner');
    },
  },
  'GET /sandbox/checkout/:orderId': {
    guard: 'an unguessable order id (the checkout link), open orders only; shows no account data',
    async attack({ local, owner }) {
      for (const id of [randomOrderId, '..%2F..%2Fetc', '%00', `${owner.orderId}x`]) {
        expect((await send(local, `/sandbox/checkout/${id}`)).status, id).toBe(404);
      }
      const page = await (await send(local, `/sandbox/checkout/${owner.orderId}`)).text();
      expect(page).not.toContain('Sweep Owner');
      expect(page).not.toContain('sweep-owner');
    },
  },
  'POST /sandbox/checkout/:orderId/pay': {
    guard: 'a same-site form, for an open order, with a known outcome; nothing changes otherwise',
    async attack({ local, owner }) {
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      const pay = (id: string, body: string, headers: Record<string, string> = {}) =>
        send(local, `/sandbox/checkout/${id}/pay`, { method: 'POST', headers: { ...form, ...headers }, body, redirect: 'manual' });
      expect((await pay(owner.orderId, 'outcome=approved', { origin: 'https://evil.example' })).status).toBe(403);
      expect((await pay(owner.orderId, 'outcome=approved', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
      expect((await pay(owner.orderId, 'outcome=free-credits')).status).toBe(400);
      expect((await pay(owner.orderId, 'outcome=__proto__')).status).toBe(400);
      expect((await pay(randomOrderId, 'outcome=approved')).status).toBe(400);
      expect(await apiClient(local.url, { cookie: owner.cookie }).billing.order.query({ orderId: owner.orderId })).toMatchObject({
        status: 'open',
      });
    },
  },
  'POST /webhook/mercadopago': {
    guard: 'x-signature over the notification (SDK validator): unsigned or forged is a 401 and credits nothing',
    async attack({ local, vendors, owner }) {
      for (const on of [local, vendors]) {
        const body = JSON.stringify({ type: 'payment', data: { id: '123' } });
        expect((await post(on, '/webhook/mercadopago?data.id=123&type=payment', body)).status).toBe(401);
        const forged = { 'x-signature': `ts=${Math.floor(Date.now() / 1000)},v1=${'0'.repeat(64)}`, 'x-request-id': 'r1' };
        expect((await post(on, '/webhook/mercadopago?data.id=123&type=payment', body, forged)).status).toBe(401);
      }
      expect(await apiClient(local.url, { cookie: owner.cookie }).billing.balance.query()).toMatchObject({ credits: 0 });
    },
  },
  'POST /webhook/mercadopago/ARS': {
    guard: 'a further market’s account: only that account’s x-signature; another account’s valid signature is a 401',
    async attack({ vendors }) {
      const body = JSON.stringify({ type: 'payment', data: { id: '123' } });
      expect((await post(vendors, '/webhook/mercadopago/ARS?data.id=123&type=payment', body)).status).toBe(401);
      const otherAccount = mercadoPagoNotification(vendors.url, 'sweep-webhook-secret', '123', { path: '/webhook/mercadopago/ARS' });
      expect((await sendNotification(otherAccount)).status).toBe(401);
    },
  },
  'POST /webhook/retell': {
    guard: 'x-retell-signature over the raw body: unsigned or forged is a 401 and ends nothing',
    async attack({ vendors }) {
      const body = JSON.stringify({ event: 'call_ended', call: { call_id: 'call_x', disconnection_reason: 'user_hangup' } });
      expect((await post(vendors, '/webhook/retell', body)).status).toBe(401);
      expect((await post(vendors, '/webhook/retell', body, { 'x-retell-signature': `v=${Date.now()},d=${'0'.repeat(64)}` })).status).toBe(
        401,
      );
      expect((await post(vendors, '/webhook/retell', 'NaN', { 'x-retell-signature': 'garbage' })).status).toBe(401);
    },
  },
  'GET /metrics': {
    guard: 'a bearer token, compared in constant time; nowhere else (query, other schemes)',
    async attack({ vendors }) {
      for (const authorization of [undefined, 'Bearer wrong-token-0123456789ab', `Basic ${metricsToken}`, metricsToken]) {
        const response = await send(vendors, `/metrics?token=${metricsToken}`, { headers: authorization ? { authorization } : {} });
        expect(response.status, String(authorization)).toBe(401);
        expect(await response.text()).not.toContain('voxly_');
      }
      expect((await send(vendors, '/metrics', { headers: { authorization: `Bearer ${metricsToken}` } })).status).toBe(200);
    },
  },
  'GET /robots.txt': {
    guard: 'public and static: keeps reports, shared reports, payments and the API out of search engines',
    async attack({ vendors }) {
      const lines = (await (await send(vendors, '/robots.txt')).text()).split('\n');
      for (const path of ['/feedback/', '/shared/', '/interview/', '/billing/', '/sandbox/', '/trpc/'])
        expect(lines).toContain(`Disallow: ${path}`);
    },
  },
  'GET /favicon.ico': {
    guard: 'public and static: the app’s own icon (a redirect to /favicon.svg), never index.html nor a 404',
    async attack({ vendors }) {
      const response = await send(vendors, '/favicon.ico', { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe('/favicon.svg');
    },
  },
  'GET /.*/': {
    guard:
      'public: the web app’s index.html for its pages (404 with it for any other path), never a file outside the build nor an API path',
    async attack({ vendors }) {
      for (const path of ['/', '/interview/new', '/feedback/any-id', '/pricing', '/sample-report', '/shared/any-token']) {
        const page = await send(vendors, path);
        expect({ path, status: page.status }).toEqual({ path, status: 200 });
        expect(await page.text(), path).toContain('Voxly app');
      }
      // Any other path is none of the app's pages: a 404, with the app, which says so in the visitor's language.
      for (const path of ['/does-not-exist', '/report/garbage', '/dashboard', '/interview/a/b']) {
        const page = await send(vendors, path);
        expect({ path, status: page.status }).toEqual({ path, status: 404 });
        expect(await page.text(), path).toContain('Voxly app');
      }
      for (const path of ['/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json']) {
        expect(await (await send(vendors, path)).text(), path).not.toContain('"dependencies"');
      }
      expect(await (await send(vendors, '/trpc/no.such')).text()).not.toContain('Voxly app');
      expect(await (await send(vendors, '/webhook/nothing')).text()).not.toContain('Voxly app');
    },
  },
};

/** Handlers mounted at a path of their own (not routes): what each is. */
const mountCases: Record<string, string> = {
  '/trpc': 'the typed API: every procedure is swept above (anonymous, other users’ ids, public ones, bad input)',
  '/webhook': 'the per-IP webhook rate limit in front of the webhook routes',
  '/sandbox': 'the per-IP rate limit in front of the sandbox pages',
  '/auth': 'the per-IP sign-in rate limit in front of the sign-in routes',
};

describe.each(testDatabaseTargets)('security sweep over every procedure and plain route, $name', (target) => {
  let server: TestServer;
  let owner: { cookie: string; interviewId: string; orderId: string };
  let intruderCookie: string;

  beforeAll(async () => {
    server = await startTestServer(target);
    const cookie = await signInLocally(server.url, 'Sweep Owner');
    await grantCredits(server.database.db, 'local:sweep-owner', 1);
    const api = apiClient(server.url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await sim.greeting();
    await sim.say('I led a migration to events and halved p99 latency with careful measurement.');
    await api.interview.end.mutate({ interviewId });
    sim.close();
    const { orderId } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    owner = { cookie, interviewId, orderId };
    intruderCookie = await signInLocally(server.url, 'Sweep Intruder');
    // The vendors' routes exist only with the vendors configured: a second server has them all.
    webDir = mkdtempSync(join(tmpdir(), 'voxly-sweep-web-'));
    writeFileSync(join(webDir, 'index.html'), '<!doctype html><html><head></head><body>Voxly app</body></html>');
    vendors = await startTestServer(target, {
      RETELL_API_KEY: retellApiKey,
      RETELL_AGENT_ID: 'agent_sweep',
      RETELL_BASE_URL: 'http://127.0.0.1:9', // never reached: every request below is refused first
      RETELL_LLM_WEBSOCKET_SECRET: 'sweep-socket-secret-0123456789abcdef',
      MERCADOPAGO_ACCESS_TOKEN: 'TEST-sweep-access-token',
      MERCADOPAGO_WEBHOOK_SECRET: 'sweep-webhook-secret',
      VOXLY_MARKETS: 'BRL,ARS',
      MERCADOPAGO_ACCESS_TOKEN_ARS: 'TEST-sweep-access-token-ars',
      MERCADOPAGO_WEBHOOK_SECRET_ARS: 'sweep-webhook-secret-ars',
      VOXLY_METRICS_TOKEN: metricsToken,
      VOXLY_SERVE_WEB: webDir,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await vendors?.stop();
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });
  let vendors: TestServer;
  let webDir = '';

  it('covers every public procedure: anonymous works, bad input is a 400, nothing leaks', async () => {
    const publicOnes = procedures.filter((p) => publicProcedures.has(p.path));
    expect(publicOnes.map((p) => p.path).sort(), 'a public procedure without a case here').toEqual(Object.keys(publicCases).sort());
    for (const { path, type, inputs } of publicOnes) {
      const { input, bad, answers = 200 } = publicCases[path]!;
      expect(inputs.length > 0, `${path}: a case with input for a procedure that takes one`).toBe(input !== undefined);
      const fine = await call(server, path, type, input);
      expect({ path, status: fine.status }).toEqual({ path, status: answers });
      // Garbage where input is expected is refused; a procedure with no input ignores it.
      const garbage = await call(server, path, type, bad ?? { garbage: '\u0000', nested: [1, { x: 'y' }] });
      expect({ path, status: garbage.status }).toEqual({ path, status: bad === undefined ? 200 : 400 });
      // Nothing of anyone's account answers an anonymous caller.
      const text = await rawText(server, path, type, input);
      for (const secret of [owner.interviewId, owner.orderId, 'Sweep Owner', 'sweep-owner']) expect(text, path).not.toContain(secret);
      expect(text, path).not.toMatch(leaks);
    }
  });

  it('has a case for every plain route and mount of the live servers, and every case is a live route', () => {
    const live = [...plainRoutesOf(server.httpServer), ...plainRoutesOf(vendors.httpServer)].map(routeKey);
    expect([...new Set(live)].sort(), 'a plain route without a case in routeCases').toEqual(Object.keys(routeCases).sort());
    const mounts = [...mountedPathsOf(server.httpServer), ...mountedPathsOf(vendors.httpServer)];
    expect([...new Set(mounts)].sort(), 'a handler mounted at a path without a case in mountCases').toEqual(Object.keys(mountCases).sort());
  });

  it('answers hostile input on every plain route with a 4xx (or the public answer), never a 5xx, SQL or a stack', async () => {
    const routes = new Map<string, { route: PlainRoute; on: TestServer }>();
    for (const on of [server, vendors]) for (const route of plainRoutesOf(on.httpServer)) routes.set(routeKey(route), { route, on });
    expect(routes.size).toBeGreaterThanOrEqual(11);
    for (const { route, on } of routes.values()) {
      const path = route.pattern ? '/%00%2e%2e' : route.path.replace(/:\w+/g, '%00..%2F');
      for (const cookie of [undefined, intruderCookie]) {
        const response = await fetch(`${on.url}${path}?token=%00&input=%7B&data.id=%00`, {
          method: route.method,
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          ...(route.method === 'GET' ? {} : { body: '\u0000{"name":' }),
        });
        const text = await response.text();
        expect({ route: routeKey(route), ok: response.status < 500 }).toEqual({ route: routeKey(route), ok: true });
        expect(text, routeKey(route)).not.toMatch(leaks);
      }
    }
  });

  it('attacks each plain route where its guard is: auth, someone else’s id, bad input', async () => {
    const context: RouteContext = { local: server, vendors, owner, intruderCookie };
    for (const [key, { attack }] of Object.entries(routeCases)) {
      try {
        await attack(context);
      } catch (error) {
        throw new Error(`${key}: ${(error as Error).message}`, { cause: error });
      }
    }
  });

  it('finds the router’s procedures', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(15);
    expect(procedures.map((p) => p.path)).toEqual(expect.arrayContaining([...publicProcedures]));
  });

  it('rejects anonymous callers on every procedure but the public ones, before reading the input', async () => {
    const protectedOnes = procedures.filter((p) => !publicProcedures.has(p.path));
    for (const { path, type } of protectedOnes) {
      const result = await call(server, path, type, { garbage: true });
      expect({ path, ...result }).toEqual({ path, status: 401, code: 'UNAUTHORIZED' });
    }
  });

  it('answers NOT_FOUND to another user for every procedure that takes an id, and changes nothing', async () => {
    const ids: Record<string, string | number> = {
      interviewId: owner.interviewId,
      orderId: owner.orderId,
      // What else those procedures take, valid, so only the id can be what is refused.
      questionIndex: 0,
      answer: 'I would measure it first.',
    };
    const withIds = procedures.filter((p) => inputKeys(p.inputs).some((key) => key.endsWith('Id') && key !== 'packageId'));
    expect(withIds.map((p) => p.path).sort()).toEqual([
      'billing.order',
      'feedback.get',
      'feedback.regenerate',
      'feedback.share',
      'feedback.sharing',
      'feedback.unshare',
      'interview.end',
      'interview.get',
      'interview.join',
      'practice.answer',
      'practice.question',
    ]);
    for (const { path, type, inputs } of withIds) {
      const input = Object.fromEntries(inputKeys(inputs).map((key) => [key, ids[key]]));
      expect(
        Object.values(input).every((value) => value !== undefined),
        `${path} takes an input the sweep does not know`,
      ).toBe(true);
      const result = await call(server, path, type, input, intruderCookie);
      expect({ path, ...result }).toEqual({ path, status: 404, code: 'NOT_FOUND' });
    }
    // The owner still sees their interview as it was, and its review was never started by the intruder.
    const api = apiClient(server.url, { cookie: owner.cookie });
    expect(await api.interview.get.query({ interviewId: owner.interviewId })).toMatchObject({
      status: 'ended',
      endReason: 'candidate_ended',
    });
    expect(await api.billing.order.query({ orderId: owner.orderId })).toMatchObject({ status: 'open' });
  });

  it('lists only the caller’s own interviews, orders and ledger', async () => {
    const intruder = apiClient(server.url, { cookie: intruderCookie });
    expect(await intruder.interview.list.query()).toEqual([]);
    expect(await intruder.billing.history.query()).toEqual([]);
    expect(await intruder.billing.balance.query()).toMatchObject({ credits: 0 });
  });
});
