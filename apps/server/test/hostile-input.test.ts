import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { appRouter } from '@voxly/api/router';
import { testDatabaseTargets } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { serverOnScratchPostgres } from './support/scratch-postgres-server.ts';
import { apiClient, jsonOf, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

/** What no answer may ever contain: SQL, parameters, stack frames, our file paths. */
const leaks = /failed query|select |insert into|params:|\bat .+:\d+:\d+|node_modules|\/src\/|stack/i;

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription';
  inputs: unknown[];
}
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, { _def: ProcedureDef }> } })._def.procedures,
).map(([path, procedure]) => ({ path, type: procedure._def.type }));

async function rawCall(baseUrl: string, path: string, type: string, input: unknown, cookie: string) {
  const headers = { 'content-type': 'application/json', cookie };
  const encoded = JSON.stringify(superjson.serialize(input));
  const response =
    type === 'query'
      ? await fetch(`${baseUrl}/trpc/${path}?input=${encodeURIComponent(encoded)}`, { headers })
      : await fetch(`${baseUrl}/trpc/${path}`, { method: 'POST', headers, body: encoded });
  return { status: response.status, text: await response.text() };
}

describe.each(testDatabaseTargets)('hostile input at every edge, $name', (target) => {
  let server: TestServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startTestServer(target);
    cookie = await signInLocally(server.url, 'Fuzz Person');
    await grantCredits(server.database.db, 'local:fuzz-person', 2);
  });
  afterAll(() => server?.stop());

  it('answers every procedure fed control characters, broken text, oversize and wrong-typed input with a 4xx that leaks nothing', async () => {
    const strings = ['\u0000', 'a\u0000b', '\u001b[31mred', '\ud800', 'x'.repeat(200_000)];
    const fieldsOf = (value: string) => ({
      ...backendInterview,
      candidateName: value,
      jobTitle: value,
      jobDescription: `${value} ${backendInterview.jobDescription}`,
      resumeText: `${backendInterview.resumeText} ${value}`,
      name: value,
      interviewId: value,
      orderId: value,
      packageId: value,
      locale: value,
      idempotencyKey: value,
    });
    let calls = 0;
    for (const { path, type } of procedures) {
      for (const input of [...strings.map(fieldsOf), { nested: { deep: ['\u0000'] } }, 'just a string', [1, 2], 12]) {
        const { status, text } = await rawCall(server.url, path, type, input, cookie);
        calls += 1;
        // Procedures without input ignore it (200); the rest refuse it. Never a 5xx, never a leak.
        expect(status, `${path} ${JSON.stringify(input).slice(0, 60)}`).toBeLessThan(500);
        expect(text, path).not.toMatch(leaks);
      }
    }
    expect(calls).toBeGreaterThan(100);
    // Nothing was created or charged by any of it.
    expect(await getBalance(server.database.db, 'local:fuzz-person')).toBe(2);
    expect(await server.database.db.select().from(schema.interviews)).toHaveLength(0);
  });

  it('refuses a form with a control character in plain words, and changes nothing', async () => {
    const api = apiClient(server.url, { cookie });
    const error = await trpcError(api.interview.create.mutate({ ...backendInterview, jobTitle: 'Backend\u0000Engineer' }));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.message).toContain('The job title contains a control character');
    expect(error.message).not.toMatch(leaks);
    expect(await getBalance(server.database.db, 'local:fuzz-person')).toBe(2);
  });

  it('refuses a sign-in name with a control character, so no unusable session is ever made', async () => {
    for (const name of ['Ana\u0000', '\u0007Bell', 'Line\nBreak']) {
      const response = await fetch(`${server.url}/auth/local`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
      expect(response.status, JSON.stringify(name)).toBe(400);
      expect(response.headers.get('set-cookie')).toBeNull();
      expect((await jsonOf(response)).error).toContain('control character');
    }
  });

  it('answers a socket turn carrying a NUL or a broken UTF-16 half, storing the words without them', async () => {
    // The candidate already said it: refusing the frame left the turn with no reply, ever.
    const api = apiClient(server.url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    const greeting = await sim.greeting();
    const said = `I led\u0000 the move\u0007 \ud800to events. ${longAnswer}`;
    sim.send({
      interaction_type: 'response_required',
      response_id: 7,
      transcript: [
        { role: 'agent', content: greeting },
        { role: 'user', content: said },
      ],
    });
    expect((await sim.responseText(7)).text.length).toBeGreaterThan(10);
    expect(await api.interview.end.mutate({ interviewId })).toEqual({ status: 'ended', endReason: 'candidate_ended' });
    const { transcript, creditRefunded } = await api.interview.get.query({ interviewId });
    expect(transcript[1]).toEqual({ role: 'user', content: `I led the move \uFFFDto events. ${longAnswer}` });
    expect(creditRefunded).toBe(false); // the words counted as an answer
    sim.close();
  });

  it('takes a later frame that adds a control character to an accepted turn as that turn, cleaned, and answers it', async () => {
    // Each socket checks only the turns it has not seen; a seen place with new text is new.
    await grantCredits(server.database.db, 'local:fuzz-person', 1);
    const api = apiClient(server.url, { cookie });
    const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
    await sim.greeting();
    await sim.say(longAnswer);
    const accepted = [...sim.transcript];
    const rewritten = accepted.map((turn, i) => (i === 1 ? { ...turn, content: `${turn.content}\u0007` } : turn));
    sim.send({
      interaction_type: 'response_required',
      response_id: 9,
      transcript: [...rewritten, { role: 'user', content: 'And more.\u0000' }],
    });
    expect((await sim.responseText(9)).text.length).toBeGreaterThan(10);
    expect(await api.interview.end.mutate({ interviewId })).toEqual({ status: 'ended', endReason: 'candidate_ended' });
    const { transcript } = await api.interview.get.query({ interviewId });
    expect(transcript.slice(0, accepted.length + 1).map((t) => t.content)).toEqual([...accepted.map((t) => t.content), 'And more.']);
    sim.close();
  });

  it('drops word timings that carry a NUL, and both that call and the one beside it keep their transcripts', async () => {
    await grantCredits(server.database.db, 'local:fuzz-person', 2);
    const api = apiClient(server.url, { cookie });
    const calls = await Promise.all([api.interview.create.mutate(backendInterview), api.interview.create.mutate(backendInterview)]);
    const [crafted, honest] = await Promise.all(
      calls.map(({ callId }) => RetellSimulator.connect(socketUrl(server.url, callId), { cookie })),
    );
    await Promise.all([crafted!.greeting(), honest!.greeting()]);
    // Both first answers (saved at once) reach the database together: one batch, if any.
    const poisoned = {
      role: 'user',
      content: longAnswer,
      words: [
        { word: 'led\u0000', start: 1, end: 1.2 },
        { word: 'led', start: 1, end: 1.2 },
      ],
    };
    crafted!.send({ interaction_type: 'response_required', response_id: 1, transcript: [...crafted!.transcript, poisoned] });
    honest!.ask(1, longAnswer);
    await Promise.all([crafted!.responseText(1), honest!.responseText(1)]);
    const stored = async (interviewId: string) =>
      (await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId)))[0]?.transcript;
    await vi.waitFor(async () => {
      const [craftedTurns, honestTurns] = await Promise.all(calls.map((c) => stored(c.interviewId)));
      expect(craftedTurns?.at(1)).toEqual({ role: 'user', content: longAnswer, words: [{ word: 'led', start: 1, end: 1.2 }] });
      expect(honestTurns?.at(1)).toMatchObject({ role: 'user', content: longAnswer });
    }, 3_000);
    for (const sim of [crafted!, honest!]) sim.close();
  });

  it('shows the sandbox checkout to any Accept-Language, never a stack trace, in the buyer’s language', async () => {
    const api = apiClient(server.url, { cookie });
    const { checkoutUrl } = await api.billing.createCheckout.mutate({ packageId: 'starter' });
    const url = `${server.url}${new URL(checkoutUrl).pathname}`;
    for (const language of [undefined, '*', 'en_US', 'pt_BR', 'xx-!!', 'de', ';q=0.5', 'a'.repeat(300)]) {
      const response = await fetch(url, { headers: language === undefined ? {} : { 'accept-language': language } });
      const html = await response.text();
      expect(response.status, String(language)).toBe(200);
      expect(html, String(language)).toContain('class="approve"');
      expect(html).not.toMatch(/at .+:\d+:\d+|node_modules/);
    }
    const spanish = await (await fetch(url, { headers: { 'accept-language': 'es-AR,es;q=0.9' } })).text();
    expect(spanish).toContain('<html lang="es">');
    expect(spanish).toContain('Aprobar el pago');
    expect(spanish).toMatch(/BRL\s29,90/); // es-AR's own way of writing reais
  });

  it('refuses the interview socket to a page of another site (cross-site WebSocket hijacking)', async () => {
    const api = apiClient(server.url, { cookie });
    // An earlier test's call is still under way, and a second interview waits until it ends.
    for (const running of (await api.interview.list.query()).filter((interview) => interview.status === 'ongoing')) {
      await api.interview.end.mutate({ interviewId: running.id });
    }
    const { callId } = await api.interview.create.mutate(backendInterview);
    await expect(RetellSimulator.connect(socketUrl(server.url, callId), { cookie, origin: 'https://evil.example' })).rejects.toThrow(
      'upgrade refused: 403',
    );
    const ours = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie, origin: 'http://localhost:3000' });
    expect(await ours.greeting()).toMatch(/^Hi Camila/);
    ours.close();
  });
});

describe('batches of calls and the per-user budget', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(testDatabaseTargets[0]!, { VOXLY_RATE_LIMIT_API: '30' });
  });
  afterAll(() => server?.stop());

  const batch = (paths: string[], cookie: string) =>
    fetch(`${server.url}/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify({}))}`, { headers: { cookie } });

  it('refuses a batch of more calls than the maximum', async () => {
    const cookie = await signInLocally(server.url, 'Batch Big');
    const response = await batch(
      Array.from({ length: 1_200 }, () => 'account.me'),
      cookie,
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain('Batch call exceeds maximum size');
    expect(text.length).toBeLessThan(2_000);
  });

  it('counts every call of a batch against the budget', async () => {
    const cookie = await signInLocally(server.url, 'Batch Counter');
    const first = await batch(
      Array.from({ length: 20 }, () => 'account.me'),
      cookie,
    );
    expect(first.status).toBe(200);
    // 20 of 30 spent: a second batch of 20 is over the budget, though it is only the second request.
    const second = await batch(
      Array.from({ length: 20 }, () => 'account.me'),
      cookie,
    );
    expect(second.status).toBe(429);
    // Another user has a budget of their own.
    const other = await batch(['account.me', 'account.me'], await signInLocally(server.url, 'Batch Other'));
    expect(other.status).toBe(200);
  });
});

const postgres = testDatabaseTargets.find((t) => t.name === 'postgres');

describe.skipIf(!postgres)('errors when the database misbehaves', () => {
  it('answers 503 with Retry-After and no SQL while PostgreSQL is unreachable, and works again after', async () => {
    const { server, cut, restore, stop } = await serverOnScratchPostgres();
    try {
      const cookie = await signInLocally(server.url, 'Outage Person');
      const api = apiClient(server.url, { cookie });
      await api.account.me.query();
      await cut();
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          fetch(`${server.url}/trpc/${i % 2 ? 'account.me' : 'interview.list'}`, { headers: { cookie } }).then(async (r) => ({
            status: r.status,
            retryAfter: r.headers.get('retry-after'),
            text: await r.text(),
          })),
        ),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(503);
        expect(answer.retryAfter).toBe('5');
        expect(answer.text).toContain('briefly unavailable');
        expect(answer.text).not.toMatch(leaks);
      }
      await restore();
      expect((await api.account.me.query()).user.id).toBe('local:outage-person');
    } finally {
      await stop();
    }
  });

  it('refuses every call socket with 503 while PostgreSQL is unreachable, then greets each of them once it is back', async () => {
    const { server, cut, restore, stop } = await serverOnScratchPostgres();
    try {
      // Three candidates with two interviews each (within the per-user cap of live calls).
      const callers = await Promise.all(
        ['Outage Ana', 'Outage Ben', 'Outage Cai'].map(async (name) => {
          const cookie = await signInLocally(server.url, name);
          await grantCredits(server.database.db, `local:${name.toLowerCase().replace(' ', '-')}`, 2);
          const api = apiClient(server.url, { cookie });
          return Promise.all([0, 1].map(async () => ({ cookie, ...(await api.interview.create.mutate(backendInterview)) })));
        }),
      );
      const calls = callers.flat();
      await cut();
      // Connects that arrive together share their lookups: the failed batch is asked again one
      // by one, and each socket gets its own clean refusal.
      const refusals = await Promise.allSettled(
        calls.map(({ callId, cookie }) => RetellSimulator.connect(socketUrl(server.url, callId), { cookie })),
      );
      for (const refusal of refusals) {
        expect(refusal.status).toBe('rejected');
        expect(String((refusal as PromiseRejectedResult).reason)).toContain('upgrade refused: 503');
      }
      expect(server.logs.join('')).toContain('LLM socket upgrade failed');
      await restore();
      // As Retell and the browser do, each caller tries again: the pool may first meet a
      // connection the outage killed.
      const reconnect = async ({ callId, cookie }: (typeof calls)[number]) => {
        for (let attempt = 1; ; attempt += 1) {
          try {
            return await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
          } catch (error) {
            if (attempt >= 5 || !String(error).includes('503')) throw error;
            await new Promise((r) => setTimeout(r, 200));
          }
        }
      };
      const sims = await Promise.all(calls.map(reconnect));
      const greetings = await Promise.all(sims.map((sim) => sim.greeting()));
      for (const greeting of greetings) expect(greeting.length).toBeGreaterThan(20);
      for (const sim of sims) sim.close();
    } finally {
      await stop();
    }
  });

  it('answers a failing query as “Internal server error.”, with the cause in the log only', async () => {
    const { server, database, stop } = await serverOnScratchPostgres(2);
    try {
      const cookie = await signInLocally(server.url, 'Broken Schema');
      const api = apiClient(server.url, { cookie });
      await api.account.me.query();
      // A query that cannot run (here: a column gone) is a bug, not the client's business.
      await database.db.execute('alter table users rename column locale to locale_gone');
      const error = await trpcError(api.account.me.query());
      expect(error.data?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error.message).toBe('Internal server error.');
      expect(JSON.stringify(error.shape)).not.toMatch(leaks);
      expect(server.logs.join('')).toContain('locale');
      await database.db.execute('alter table users rename column locale_gone to locale');
      const [user] = await database.db.select().from(schema.users).where(eq(schema.users.id, 'local:broken-schema'));
      expect(user?.credits).toBe(0);
    } finally {
      await stop();
    }
  });
});
