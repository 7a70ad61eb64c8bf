import { appRouter } from '@voxly/api/router';
import { testDatabaseTargets } from '@voxly/api/testing';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { backendInterview, grantCredits, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

/** What anyone may call before signing in: the web app needs these on its first page. */
const publicProcedures = new Set(['account.publicConfig', 'account.session', 'billing.packages', 'feedback.shared']);

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

describe.each(testDatabaseTargets)('security sweep over every procedure of the router, $name', (target) => {
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
  });
  afterAll(() => server?.stop());

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
