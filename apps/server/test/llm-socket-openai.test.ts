import { getBalance } from '@voxly/api/credits';
import { ManualClock, testDatabaseTargets } from '@voxly/api/testing';
import { spokenLines } from '@voxly/prompts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeOpenAi } from './support/fake-openai.ts';
import { backendInterview, grantCredits, longAnswer, nurseForBackend, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const [pglite] = testDatabaseTargets;
const en = spokenLines.en;

describe('the LLM WebSocket with an OpenAI-compatible model (real SDK, fake server)', () => {
  let server: TestServer;
  let openai: FakeOpenAi;
  const clock = new ManualClock();
  const open: RetellSimulator[] = [];
  let counter = 0;

  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
    server = await startTestServer(
      pglite!,
      { OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: 'fake-interviewer', OPENAI_API_KEY: 'sk-test-fake' },
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

  async function connectedCall(input = backendInterview) {
    counter += 1;
    const cookie = await signInLocally(server.url, `Model User ${counter}`);
    const userId = `local:model-user-${counter}`;
    await grantCredits(server.database.db, userId, 1);
    const api = apiClient(server.url, { cookie });
    const created = await api.interview.create.mutate(input);
    const sim = await RetellSimulator.connect(socketUrl(server.url, created.callId), { cookie });
    open.push(sim);
    await sim.greeting();
    return { sim, api, userId, ...created };
  }

  it('sends the interviewer prompt and the transcript, and streams the model’s tokens as they come', async () => {
    openai.reply = () => ({ chunks: ['Thanks. ', 'How did you ', 'measure p99?'] });
    const { sim } = await connectedCall();
    const reply = await sim.say(longAnswer);
    expect(reply.text).toBe('Thanks. How did you measure p99?');
    expect(sim.chunksFor(reply.responseId).map((c) => c.content)).toEqual(['Thanks. ', 'How did you ', 'measure p99?', '']);
    const request = openai.requests.at(-1)!;
    expect(request).toMatchObject({ model: 'fake-interviewer', stream: true });
    expect(request.messages[0]!.role).toBe('system');
    expect(request.messages[0]!.content).toContain('for the role "Senior Backend Engineer"');
    expect(request.messages.slice(1).map((m) => m.role)).toEqual(['user', 'assistant', 'user']); // opened by the candidate's side: strict templates alternate
    expect(request.messages.at(-1)!.content).toBe(longAnswer);
  });

  it('drops a stream that a newer response_required superseded, and aborts its model request', async () => {
    openai.reply = (request) =>
      request.messages.at(-1)?.content === 'My first answer is'
        ? { chunks: ['OLD-1 ', 'OLD-2 ', 'OLD-3 ', 'OLD-4 '], delayBetweenMs: 150 }
        : { chunks: ['New answer.'] };
    const abortedBefore = openai.aborted;
    const { sim } = await connectedCall();
    sim.ask(1, 'My first answer is');
    await sim.waitFor(() => sim.chunksFor(1).length > 0);
    sim.ask(2, 'actually, let me finish: I led the billing migration.');
    const newer = await sim.responseText(2);
    expect(newer.text).toBe('New answer.');
    await new Promise((r) => setTimeout(r, 400));
    const old = sim.chunksFor(1);
    // nothing for the old id arrives once the newer one was asked, and it never completes
    const lastOld = sim.received.lastIndexOf(old.at(-1)!);
    const firstNew = sim.received.indexOf(sim.chunksFor(2)[0]!);
    expect(lastOld).toBeLessThan(firstNew);
    expect(old.some((c) => c.content_complete)).toBe(false);
    await expect.poll(() => openai.aborted).toBeGreaterThan(abortedBefore);
  });

  it('apologises and ends cleanly when the model fails, refunding a call with no answer yet', async () => {
    openai.reply = () => ({ status: 500 });
    const { sim, api, interviewId, userId } = await connectedCall();
    const reply = await sim.say('', 'response_required');
    expect(reply).toMatchObject({ text: en.apologyOnError, endCall: true });
    await expect.poll(() => api.interview.get.query({ interviewId })).toMatchObject({ status: 'ended', endReason: 'error' });
    expect(await getBalance(server.database.db, userId)).toBe(1);
  });

  it('refunds, once, a call our side broke early, even after the candidate answered', async () => {
    const { sim, api, interviewId, userId } = await connectedCall();
    await sim.say(longAnswer);
    openai.reply = () => ({ status: 500 });
    clock.advance(3 * 60_000);
    expect(await sim.say('And then we rolled it out region by region.')).toMatchObject({ text: en.apologyOnError, endCall: true });
    await expect.poll(() => api.interview.get.query({ interviewId })).toMatchObject({ endReason: 'error', creditRefunded: true });
    expect(await getBalance(server.database.db, userId)).toBe(1);
    // Retell's call_ended or a second end afterwards cannot refund it again.
    await api.interview.end.mutate({ interviewId });
    expect(await getBalance(server.database.db, userId)).toBe(1);
  });

  it('keeps the credit when our side breaks after most of the interview was done', async () => {
    const { sim, api, interviewId, userId } = await connectedCall();
    await sim.say(longAnswer);
    openai.reply = () => ({ status: 500 });
    clock.advance(11 * 60_000);
    expect(await sim.say('That is the whole story.')).toMatchObject({ text: en.apologyOnError, endCall: true });
    await expect.poll(() => api.interview.get.query({ interviewId })).toMatchObject({ endReason: 'error', creditRefunded: false });
    expect(await getBalance(server.database.db, userId)).toBe(0);
  });

  it('treats a model that says nothing in time as failed, not as a dead socket', async () => {
    openai.reply = () => ({ chunks: ['too late'], delayBeforeFirstMs: 2_000 });
    const { sim, api, interviewId } = await connectedCall();
    // Only this call's streamed turn: an earlier test's fit check may still reach the fake server late.
    const before = openai.requests.length;
    sim.ask(1, longAnswer);
    await expect.poll(() => openai.requests.slice(before).some((r) => r.stream && r.messages.at(-1)?.content === longAnswer)).toBe(true);
    clock.advance(5_000);
    expect(await sim.responseText(1)).toEqual({ text: en.apologyOnError, endCall: true });
    await expect.poll(async () => (await api.interview.get.query({ interviewId })).endReason).toBe('error');
  });

  it('judges congruency in JSON mode against a schema, and ends on a confident mismatch', async () => {
    openai.reply = (request) =>
      request.response_format
        ? { content: JSON.stringify({ fits: false, confidence: 0.95, reason: 'ICU nurse, no software experience.' }) }
        : { chunks: ['Tell me more.'] };
    const { sim, api, interviewId } = await connectedCall(nurseForBackend);
    await sim.say('I have been an ICU nurse for nine years.');
    clock.advance(2 * 60_000);
    await expect.poll(() => openai.requests.some((r) => r.response_format?.type === 'json_schema')).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(await sim.say('I also manage medication safety.')).toMatchObject({ text: en.closingOnMismatch, endCall: true });
    await expect
      .poll(() => api.interview.get.query({ interviewId }))
      .toMatchObject({
        endReason: 'mismatch',
        fitDecision: { fits: false, decidedBy: 'model', reason: 'ICU nurse, no software experience.' },
      });
  });

  it('lets the model classify the job into our fields, and records that it did', async () => {
    openai.reply = (request) =>
      request.response_format?.json_schema?.name === 'field'
        ? { content: JSON.stringify({ field: 'sales', confidence: 0.93 }) }
        : { chunks: ['Go on.'] };
    const { api, interviewId } = await connectedCall();
    const fieldRequest = openai.requests.find((r) => r.response_format?.json_schema?.name === 'field')!;
    expect(fieldRequest.messages[1]!.content).toContain('<job_description>');
    expect(fieldRequest.messages[1]!.content).not.toContain('payment APIs'); // the resume never decides the job's field
    expect(await api.interview.get.query({ interviewId })).toMatchObject({ field: 'sales', fieldSource: 'model', fieldConfidence: 0.93 });
  });

  it('falls back to the local classifier when the model is slow or answers outside the taxonomy', async () => {
    openai.reply = (request) =>
      request.response_format?.json_schema?.name === 'field'
        ? { content: JSON.stringify({ field: 'sales', confidence: 1 }), delayBeforeFirstMs: 2_500 }
        : { chunks: ['Go on.'] };
    const slow = await connectedCall();
    expect(await slow.api.interview.get.query({ interviewId: slow.interviewId })).toMatchObject({
      field: 'engineering',
      fieldSource: 'local',
    });
    openai.reply = (request) =>
      request.response_format?.json_schema?.name === 'field'
        ? { content: JSON.stringify({ field: 'astrology', confidence: 1 }) }
        : { chunks: ['Go on.'] };
    const invented = await connectedCall();
    expect(await invented.api.interview.get.query({ interviewId: invented.interviewId })).toMatchObject({
      field: 'engineering',
      fieldSource: 'local',
    });
  });

  it('gives the model the must-haves and the local verdict, and lets local evidence overrule a wrong "does not fit"', async () => {
    openai.reply = (request) =>
      request.response_format?.json_schema?.name === 'congruency'
        ? { content: JSON.stringify({ fits: false, confidence: 0.95, reason: 'No backend experience.' }) }
        : { chunks: ['Tell me more.'] };
    const { sim, api, interviewId } = await connectedCall();
    await sim.say(longAnswer);
    clock.advance(2 * 60_000);
    await expect
      .poll(async () => (await api.interview.get.query({ interviewId })).fitDecision)
      .toMatchObject({ fits: true, decidedBy: 'local-over-model' });
    const check = openai.requests.find((r) => r.response_format?.json_schema?.name === 'congruency')!;
    expect(check.messages[1]!.content).toMatch(
      /The job's must-haves, as a rule-based reading found them: .*(typescript|kubernetes|backend)/i,
    );
    expect(check.messages[1]!.content).toContain('The rule-based check says: fits');
    expect(await sim.say('We also ran chaos tests.')).toMatchObject({ text: 'Tell me more.', endCall: false });
  });

  it('never ends on an invalid or low-confidence verdict (retries once, then gives up cleanly)', async () => {
    let judged = 0;
    openai.reply = (request) => {
      if (!request.response_format) return { chunks: ['Go on.'] };
      judged += 1;
      return { content: judged === 1 ? 'not json at all' : JSON.stringify({ fits: 'no', confidence: 7 }) };
    };
    const { sim } = await connectedCall(nurseForBackend);
    await sim.say('I have been an ICU nurse for nine years.');
    clock.advance(2 * 60_000);
    await expect.poll(() => judged).toBe(2);
    await new Promise((r) => setTimeout(r, 30));
    expect(await sim.say('And I love my patients.')).toMatchObject({ text: 'Go on.', endCall: false });
  });
});
