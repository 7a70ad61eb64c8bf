import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import { sign } from 'retell-sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeRetell } from './support/fake-retell.ts';
import { backendInterview, grantCredits, longAnswer, retellSocketUrl, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

const apiKey = 'key_test_retell_fake';
const llmSocketSecret = 'retell-socket-secret-0123456789abcdef';

describe.each(testDatabaseTargets)('Retell voice (real retell-sdk, fake Retell REST), $name', (target) => {
  let server: TestServer;
  let retell: FakeRetell;
  let counter = 0;

  beforeAll(async () => {
    retell = await new FakeRetell().start();
    server = await startTestServer(target, {
      RETELL_API_KEY: apiKey,
      RETELL_AGENT_ID: 'agent_voxly',
      RETELL_BASE_URL: retell.baseURL,
      RETELL_LLM_WEBSOCKET_SECRET: llmSocketSecret,
    });
  });
  afterAll(async () => {
    await server?.stop();
    await retell?.stop();
  });

  async function userWithCredit() {
    counter += 1;
    const cookie = await signInLocally(server.url, `Retell User ${counter}`);
    const userId = `local:retell-user-${counter}`;
    await grantCredits(server.database.db, userId, 1);
    return { api: apiClient(server.url, { cookie }), userId };
  }

  async function postWebhook(body: object, signature?: string) {
    const raw = JSON.stringify(body);
    return fetch(`${server.url}/webhook/retell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-retell-signature': signature ?? (await sign(raw, apiKey)) },
      body: raw,
    });
  }

  async function postRawWebhook(raw: string) {
    return fetch(`${server.url}/webhook/retell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-retell-signature': await sign(raw, apiKey) },
      body: raw,
    });
  }

  it('registers a web call with our agent and interview id, and hands the browser its access token', async () => {
    const { api } = await userWithCredit();
    const created = await api.interview.create.mutate(backendInterview);
    expect(created).toMatchObject({ voice: 'retell', socketPath: null });
    expect(created.accessToken).toMatch(/^eyJ\.fake-v2-access-token-/);
    expect(retell.tokenVersion(created.accessToken!)).toBe('v2');
    const request = retell.created.at(-1)!;
    expect(request).toEqual({
      agent_id: 'agent_voxly',
      metadata: { interview_id: created.interviewId, user_id: expect.stringMatching(/^local:retell-user-/) },
    });
    expect(retell.authorization.at(-1)).toBe(`Bearer ${apiKey}`);
  });

  it('debits nothing when Retell fails to register the call', async () => {
    const { api, userId } = await userWithCredit();
    retell.failCreates = 2; // the SDK retries once
    const error = await trpcError(api.interview.create.mutate(backendInterview));
    expect(error.data?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.message).toMatch(/No credit was used/);
    expect(await getBalance(server.database.db, userId)).toBe(1);
    expect(await api.interview.list.query()).toEqual([]);
  });

  it('accepts Retell’s socket for the call without a cookie, at the secret URL only', async () => {
    const { api } = await userWithCredit();
    const { callId } = await api.interview.create.mutate(backendInterview);
    // The candidate knows the call id, not the agent's URL: the plain and a wrong-secret path are not there.
    await expect(RetellSimulator.connect(socketUrl(server.url, callId))).rejects.toThrow('upgrade refused: 404');
    await expect(RetellSimulator.connect(retellSocketUrl(server.url, `${llmSocketSecret}x`, callId))).rejects.toThrow(
      'upgrade refused: 404',
    );
    const sim = await RetellSimulator.connect(retellSocketUrl(server.url, llmSocketSecret, callId));
    expect(await sim.greeting()).toMatch(/^Hi Camila/);
    sim.close();
  });

  it('stores the final transcript and end reason from a signed call_ended, once', async () => {
    const { api, userId } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const event = {
      event: 'call_ended',
      call: {
        call_id: callId,
        disconnection_reason: 'user_hangup',
        transcript_object: [
          { role: 'agent', content: 'Hi Camila, thanks for joining.', words: [{ word: 'Hi', start: 0.1, end: 0.3 }] },
          { role: 'user', content: longAnswer, words: [] },
        ],
      },
    };
    expect((await postWebhook(event)).status).toBe(204);
    expect((await postWebhook(event)).status).toBe(204); // Retell retries: harmless
    const stored = await api.interview.get.query({ interviewId });
    expect(stored).toMatchObject({ status: 'ended', endReason: 'candidate_ended' });
    expect(stored.transcript).toEqual([
      { role: 'agent', content: 'Hi Camila, thanks for joining.' },
      { role: 'user', content: longAnswer },
    ]);
    // Retell's word timings are kept on the server, for the pace in the feedback.
    const [row] = await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
    expect(row!.transcript[0]).toEqual({
      role: 'agent',
      content: 'Hi Camila, thanks for joining.',
      words: [{ word: 'Hi', start: 0.1, end: 0.3 }],
    });
    expect(row!.transcript[1]).toEqual({ role: 'user', content: longAnswer });
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('keeps Retell’s latency figures for the call from call_analyzed, without the raw values, and shrugs off a malformed block', async () => {
    const { api } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const stats = (p50: number) => ({
      p50,
      p90: p50 * 1.5,
      p95: p50 * 1.7,
      p99: p50 * 2,
      min: p50 / 2,
      max: p50 * 3,
      num: 12,
      values: [p50, p50],
    });
    const latency = { e2e: stats(820), llm: stats(310), llm_websocket_network_rtt: stats(40), tts: stats(150) };
    const analysed = { event: 'call_analyzed', call: { call_id: callId, disconnection_reason: 'agent_hangup', latency } };
    expect((await postWebhook(analysed)).status).toBe(204);
    const row = async () => (await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId)))[0]!;
    const { values: _values, ...kept } = stats(820);
    expect((await row()).retellLatency).toEqual({
      e2e: kept,
      llm: { ...stats(310), values: undefined },
      llm_websocket_network_rtt: { ...stats(40), values: undefined },
    });
    expect(JSON.stringify((await row()).retellLatency)).not.toContain('values');

    const other = await api.interview.create.mutate(backendInterview);
    const malformed = {
      event: 'call_ended',
      call: { call_id: other.callId, disconnection_reason: 'agent_hangup', latency: { e2e: { p50: 'fast' } } },
    };
    expect((await postWebhook(malformed)).status).toBe(204);
    const [stored] = await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, other.interviewId));
    expect(stored).toMatchObject({ status: 'ended', retellLatency: null });
  });

  it('stores the ending and transcript of a call_ended whose latency block carries a bare NaN (not JSON)', async () => {
    // One bad number used to make the whole body a 400, which Retell's retries repeat until it gives up.
    const { api } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const raw = `{"event":"call_ended","call":{"call_id":"${callId}","disconnection_reason":"user_hangup",
      "transcript_object":[{"role":"agent","content":"Hi, NaN is not a number."},{"role":"user","content":${JSON.stringify(longAnswer)}}],
      "latency":{"e2e":{"p50":NaN,"p90":Infinity,"min":-Infinity,"num":3},"llm":{"p50":310}}}}`;
    expect(() => JSON.parse(raw) as unknown).toThrow();
    const response = await postRawWebhook(raw);
    expect(response.status).toBe(204);
    expect(await api.interview.get.query({ interviewId })).toMatchObject({
      status: 'ended',
      endReason: 'candidate_ended',
      creditRefunded: false,
      transcript: [
        { role: 'agent', content: 'Hi, NaN is not a number.' },
        { role: 'user', content: longAnswer },
      ],
    });
    const [row] = await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
    expect(row!.retellLatency).toMatchObject({ e2e: { num: 3 }, llm: { p50: 310 } });
    expect(row!.retellLatency?.e2e?.p50).toBeUndefined();
  });

  it('reads the call back from Retell when a signed call_ended body cannot be read at all, so the ending is kept', async () => {
    const { api } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    retell.updateCall(callId, {
      call_status: 'ended',
      disconnection_reason: 'user_hangup',
      transcript_object: [{ role: 'user', content: longAnswer, words: [] }],
    });
    const raw = `{"event":"call_ended","call":{"call_id":"${callId}","latency":{"e2e":{"p50":12.5.3}}}}`;
    const response = await postRawWebhook(raw);
    expect(response.status).toBe(204);
    expect(await api.interview.get.query({ interviewId })).toMatchObject({
      status: 'ended',
      endReason: 'candidate_ended',
      transcript: [{ role: 'user', content: longAnswer }],
    });
    // Unreadable and naming no ending call: still a clear 400, and nothing changes.
    const other = await (await userWithCredit()).api.interview.create.mutate(backendInterview);
    const unreadable = await postRawWebhook(`{"event":"call_started","call":{"call_id":"${other.callId}",}`);
    expect(unreadable.status).toBe(400);
    const [untouched] = await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, other.interviewId));
    expect(untouched!.status).toBe('registered');
  });

  it('refunds exactly once a call that never really started', async () => {
    const { api, userId } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const event = { event: 'call_ended', call: { call_id: callId, disconnection_reason: 'error_user_not_joined' } };
    await Promise.all(Array.from({ length: 5 }, () => postWebhook(event)));
    expect(await getBalance(server.database.db, userId)).toBe(1);
    expect((await api.interview.get.query({ interviewId })).endReason).toBe('never_started');
  });

  it('refuses bad, missing and stale signatures and changes nothing', async () => {
    const { api, userId } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const event = { event: 'call_ended', call: { call_id: callId, disconnection_reason: 'error_user_not_joined' } };
    const raw = JSON.stringify(event);
    const stale = `v=${Date.now() - 10 * 60_000},d=${(await sign(raw, apiKey)).split(',d=')[1]}`;
    for (const signature of ['v=1,d=deadbeef', await sign(raw, 'another-key'), stale, '']) {
      const response = await postWebhook(event, signature);
      expect(response.status, signature).toBe(401);
    }
    const tampered = await fetch(`${server.url}/webhook/retell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-retell-signature': await sign(raw, apiKey) },
      body: raw.replace('error_user_not_joined', 'user_hangup'),
    });
    expect(tampered.status).toBe(401);
    expect((await api.interview.get.query({ interviewId })).status).toBe('registered');
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('reviews the call with Retell’s own transcript (word timings give the pace) when the webhook has not stored it', async () => {
    const { api } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(retellSocketUrl(server.url, llmSocketSecret, callId));
    await sim.greeting();
    const reply = await sim.say(longAnswer);
    await api.interview.end.mutate({ interviewId });
    sim.close();
    // 34 words, 0.4 s apart: 13.6 s of speech, 150 words a minute.
    const words = longAnswer.split(' ').map((word, i) => ({ word, start: 3 + i * 0.4, end: 3.4 + i * 0.4 }));
    retell.updateCall(callId, {
      call_status: 'ended',
      transcript_object: [
        { role: 'agent', content: 'Hi Camila, thanks for joining.', words: [] },
        { role: 'user', content: longAnswer, words },
        { role: 'agent', content: reply.text, words: [] },
      ],
    });
    const result = await vi.waitFor(async () => {
      const view = await api.feedback.get.query({ interviewId });
      if (view.status !== 'ready') throw new Error(view.status);
      return view;
    }, 3_000);
    expect(longAnswer.split(' ')).toHaveLength(34);
    expect(result.metrics.wordsPerMinute).toBe(150);
    expect(result.feedback.source).toBe('rules');
    const [row] = await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId));
    expect(row!.transcript[1]!.words).toHaveLength(words.length);
  });

  it('refuses non-JSON and oversize webhook bodies before doing anything', async () => {
    const post = async (raw: string) =>
      fetch(`${server.url}/webhook/retell`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-retell-signature': await sign(raw, apiKey) },
        body: raw,
      });
    const notJson = await post('not json at all');
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ error: 'Body is not valid JSON.' });
    const huge = await post(JSON.stringify({ event: 'call_ended', call: { call_id: 'x', pad: 'x'.repeat(3 * 1024 * 1024) } }));
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ error: 'Request body too large.' });
  });

  it('stores a call_ended whose transcript carries a NUL, without it: the ending and the words are not lost', async () => {
    // Retell sends the same body on each retry: a 400 here lost the call's ending for good.
    const { api, userId } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const event = {
      event: 'call_ended',
      call: {
        call_id: callId,
        disconnection_reason: 'user_hangup',
        transcript_object: [{ role: 'user', content: 'I led the migration\u0000.' }],
      },
    };
    expect((await postWebhook(event)).status).toBe(204);
    expect(await api.interview.get.query({ interviewId })).toMatchObject({
      status: 'ended',
      endReason: 'candidate_ended',
      creditRefunded: false,
      transcript: [{ role: 'user', content: 'I led the migration.' }],
    });
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('does not let a later call_ended with fewer turns erase the stored transcript', async () => {
    const { api } = await userWithCredit();
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const full = [
      { role: 'agent', content: 'Hi Camila.' },
      { role: 'user', content: longAnswer },
      { role: 'agent', content: 'Thanks.' },
    ];
    expect((await postWebhook({ event: 'call_ended', call: { call_id: callId, transcript_object: full } })).status).toBe(204);
    expect((await postWebhook({ event: 'call_analyzed', call: { call_id: callId, transcript_object: full.slice(0, 1) } })).status).toBe(
      204,
    );
    expect((await api.interview.get.query({ interviewId })).transcript).toHaveLength(3);
  });

  it('acknowledges events it does not use and calls it does not know', async () => {
    expect((await postWebhook({ event: 'call_started', call: { call_id: 'call_x' } })).status).toBe(204);
    expect((await postWebhook({ event: 'call_ended', call: { call_id: 'call_unknown' } })).status).toBe(204);
    expect((await postWebhook({ nonsense: true })).status).toBe(400);
  });
});

describe('the Retell webhook in local mode', () => {
  it('does not exist', async () => {
    const server = await startTestServer(testDatabaseTargets[0]!);
    try {
      expect((await fetch(`${server.url}/webhook/retell`, { method: 'POST', body: '{}' })).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
