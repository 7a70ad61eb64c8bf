import { ManualClock, testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAi } from './support/fake-openai.ts';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;

/**
 * A model on the server's own hardware (llama.cpp on loopback), played by a fake with one
 * slot: it serves one request at a time, as `llama-server -np 1` does.
 */
describe('a local model shared by live turns and side calls', () => {
  let server: TestServer;
  let openai: FakeOpenAi;
  const clock = new ManualClock();
  const open: RetellSimulator[] = [];
  let counter = 0;

  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
    openai.slots = 1;
    server = await startTestServer(
      pglite!,
      { OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'qwen2.5-1.5b', OPENAI_LOCAL_MODEL: 'auto' },
      { clock, sessionTimings: { firstChunkTimeoutMs: 5_000 } },
    );
  });
  afterEach(() => {
    for (const sim of open.splice(0)) sim.close();
    openai.reply = () => ({ chunks: ['Hello ', 'there.'] });
  });
  afterAll(async () => {
    await server?.stop();
    await openai?.stop();
  });

  async function connectedCall() {
    counter += 1;
    const cookie = await signInLocally(server.url, `Local Model User ${counter}`);
    await grantCredits(server.database.db, `local:local-model-user-${counter}`, 1);
    const api = apiClient(server.url, { cookie });
    const created = await api.interview.create.mutate(backendInterview);
    const sim = await RetellSimulator.connect(socketUrl(server.url, created.callId), { cookie });
    open.push(sim);
    await sim.greeting();
    return { sim, api, ...created };
  }

  it('warms the prompt cache during the greeting with the exact prefix the first turn sends', async () => {
    openai.reply = (request) => (request.stream ? { chunks: ['Thanks. ', 'What did you measure?'] } : { content: '' });
    const before = openai.requests.length;
    const { sim } = await connectedCall();
    await expect.poll(() => openai.requests.slice(before).some((r) => r.max_tokens === 1)).toBe(true);
    await sim.say(longAnswer);
    const mine = openai.requests.slice(before);
    const warm = mine.find((r) => r.max_tokens === 1)!;
    const turn = mine.find((r) => r.stream)!;
    expect(warm.stream).toBeFalsy();
    expect(warm.model).toBe('qwen2.5-1.5b');
    expect(turn.messages.slice(0, warm.messages.length)).toEqual(warm.messages);
    expect(warm.messages[0]!.role).toBe('system');
    expect(warm.messages.length).toBeLessThan(turn.messages.length);
  });

  it('gives the live turn the model at once: the fit check in flight is pushed out and the local check decides', async () => {
    openai.reply = (request) =>
      request.response_format?.json_schema?.name === 'congruency'
        ? { content: JSON.stringify({ fits: true, confidence: 0.9, reason: 'fits' }), delayBeforeFirstMs: 4_000 }
        : request.stream
          ? { chunks: ['Tell me more.'] }
          : { content: '' };
    const { sim, api, interviewId } = await connectedCall();
    await sim.say(longAnswer);
    clock.advance(2 * 60_000); // the fit check's window: it starts on its own
    await expect.poll(() => openai.requests.some((r) => r.response_format?.json_schema?.name === 'congruency')).toBe(true);
    const abandonedBefore = openai.abandoned.filter((name) => name === 'congruency').length;

    const asked = Date.now();
    const reply = await sim.say('We also ran chaos tests.');
    const waited = Date.now() - asked;
    expect(reply).toMatchObject({ text: 'Tell me more.', endCall: false });
    // Without priority it waits behind the 4 s judgement on the one slot.
    expect(waited).toBeLessThan(2_000);
    expect(openai.abandoned.filter((name) => name === 'congruency').length).toBe(abandonedBefore + 1);
    await expect.poll(async () => (await api.interview.get.query({ interviewId })).fitDecision).toMatchObject({ decidedBy: 'local' });
  });

  it('sizes the first-chunk limit from the prompt: a cold prefill longer than the base limit does not end the call', async () => {
    // The model is still reading a long prompt on a cold cache when the 5 s base limit passes.
    openai.reply = (request) => (request.stream ? { chunks: ['Go on.'], delayBeforeFirstMs: 1_000 } : { content: '' });
    const { sim } = await connectedCall();
    const before = openai.requests.length;
    const replying = sim.say(longAnswer, 'response_required', 10_000);
    await expect.poll(() => openai.requests.slice(before).some((r) => r.stream)).toBe(true);
    clock.advance(6_000);
    expect(await replying).toMatchObject({ text: 'Go on.', endCall: false });
  });
});
