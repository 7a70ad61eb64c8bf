import { getBalance } from '@voxly/api/credits';
import { schema } from '@voxly/api/db';
import { ManualClock, testDatabaseTargets } from '@voxly/api/testing';
import { interviewPlan, spokenLines } from '@voxly/prompts';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backendInterview, grantCredits, longAnswer, nurseForBackend, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

/** The local interviewer's plan for the backend interview: its must-haves by name, then the bank's questions. */
const plan = interviewPlan({ ...backendInterview, field: 'engineering' });

const en = spokenLines.en;
const minute = 60_000;

describe.each(testDatabaseTargets)('the LLM WebSocket in local mode (scripted interviewer), $name', (target) => {
  let server: TestServer;
  const clock = new ManualClock();
  const open: RetellSimulator[] = [];
  let userCounter = 0;

  beforeAll(async () => {
    server = await startTestServer(target, {}, { clock, sessionTimings: { hangUpGraceMs: 1_000, reconnectGraceMs: 30_000 } });
  });
  afterEach(() => {
    for (const sim of open.splice(0)) sim.close();
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** A signed-in user with one credit and a registered call; returns what the browser would hold. */
  async function newCall(input = backendInterview) {
    userCounter += 1;
    const name = `Socket User ${userCounter}`;
    const userId = `local:socket-user-${userCounter}`;
    const cookie = await signInLocally(server.url, name);
    await grantCredits(server.database.db, userId, 1);
    const api = apiClient(server.url, { cookie });
    const created = await api.interview.create.mutate(input);
    const connect = async () => {
      const sim = await RetellSimulator.connect(socketUrl(server.url, created.callId), { cookie });
      open.push(sim);
      return sim;
    };
    return { ...created, cookie, api, userId, connect };
  }

  it('speaks first: config, then a greeting with the candidate’s name and the role as response 0', async () => {
    const call = await newCall();
    const sim = await call.connect();
    const greeting = await sim.greeting();
    expect(sim.received[0]).toEqual({ response_type: 'config', config: { auto_reconnect: true, call_details: true } });
    expect(greeting).toMatch(/^Hi Camila, .* the Senior Backend Engineer role\./);
    // The start is written beside the greeting, never before it (the greeting waits for no write).
    await expect.poll(async () => (await call.api.interview.get.query({ interviewId: call.interviewId })).status).toBe('ongoing');
  });

  it('answers ping_pong, ignores unknown events and malformed frames without closing', async () => {
    const sim = await (await newCall()).connect();
    await sim.greeting();
    sim.sendRaw('this is not json');
    sim.send({ interaction_type: 'response_required', response_id: 'one', transcript: 'nope' });
    sim.send({ interaction_type: 'tool_call_invocation', tool_call_id: 'x' });
    sim.send({ hello: 'world' });
    sim.send({ interaction_type: 'ping_pong', timestamp: 1234 });
    const pong = await sim.waitFor(() => sim.received.find((m) => m.response_type === 'ping_pong'));
    expect(pong).toEqual({ response_type: 'ping_pong', timestamp: 1234 });
    expect(sim.closed).toBeNull();
    const reply = await sim.say(longAnswer);
    expect(reply.text.length).toBeGreaterThan(20);
  });

  it('streams each reply as chunks of one response_id, the last one complete', async () => {
    const sim = await (await newCall()).connect();
    await sim.greeting();
    const reply = await sim.say(longAnswer);
    const chunks = sim.chunksFor(reply.responseId);
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    expect(chunks.slice(0, -1).every((c) => c.content_complete === false)).toBe(true);
    expect(chunks.at(-1)).toMatchObject({ content_complete: true });
    expect(reply.text).toBe(`${en.acknowledgements[0]} ${plan[0]!.line}`);
  });

  it('follows up on a short answer and nudges on a reminder', async () => {
    const sim = await (await newCall()).connect();
    await sim.greeting();
    expect((await sim.say('I code.')).text).toBe(en.followUp);
    expect((await sim.say('', 'reminder_required')).text).toBe(en.reminders[0]);
  });

  it('rejects unknown, ended and other people’s calls before any model call', async () => {
    const call = await newCall();
    await expect(RetellSimulator.connect(socketUrl(server.url, 'local_does-not-exist'), { cookie: call.cookie })).rejects.toThrow(
      'upgrade refused: 404',
    );
    const stranger = await signInLocally(server.url, 'Stranger');
    await expect(RetellSimulator.connect(socketUrl(server.url, call.callId), { cookie: stranger })).rejects.toThrow('upgrade refused: 403');
    await expect(RetellSimulator.connect(socketUrl(server.url, call.callId))).rejects.toThrow('upgrade refused: 403');
    await call.api.interview.end.mutate({ interviewId: call.interviewId });
    await expect(call.connect()).rejects.toThrow('upgrade refused: 404');
  });

  it('keeps one live socket per call: a reconnect replaces the old one and resumes the session', async () => {
    const call = await newCall();
    const first = await call.connect();
    await first.greeting();
    await first.say(longAnswer);
    clock.advance(minute);

    const second = await call.connect();
    const replaced = await first.waitClosed();
    expect(replaced.code).toBe(4001);
    // On a reconnect the begin message is empty: no second greeting.
    expect((await second.responseText(0)).text).toBe('');
    second.transcript.push(...first.transcript);
    const next = await second.say(longAnswer);
    expect(next.text).toContain(plan[1]!.line); // plan continues, not restarts
    // The transcript is saved at most every 5 s while the call runs (what a restart resumes from).
    clock.advance(5_000);
    await vi.waitFor(async () => {
      const stored = await call.api.interview.get.query({ interviewId: call.interviewId });
      expect(stored.transcript.filter((t) => t.role === 'user')).toHaveLength(2);
    }, 3_000);
  });

  it('keeps an answer still being said out of what a reload resumes from: it comes back as the draft, never as said', async () => {
    const call = await newCall();
    const sim = await call.connect();
    const greeting = await sim.greeting();
    const half = 'I spent four years on the payments team, mostly on the sched';
    sim.send({
      interaction_type: 'update_only',
      transcript: [...sim.transcript, { role: 'user', content: half }],
      turntaking: 'agent_turn',
    });
    await vi.waitFor(async () => {
      const reloaded = await call.api.interview.get.query({ interviewId: call.interviewId });
      expect(reloaded.draft).toBe(half);
      expect(reloaded.transcript).toEqual([{ role: 'agent', content: greeting }]);
    }, 3_000);

    // The socket drops mid-answer: what is saved for a resume elsewhere holds no half answer either.
    sim.close();
    await vi.waitFor(async () => {
      const [row] = await server.database.db
        .select({ transcript: schema.interviews.transcript })
        .from(schema.interviews)
        .where(eq(schema.interviews.id, call.interviewId));
      expect(row?.transcript).toEqual([{ role: 'agent', content: greeting }]);
    }, 3_000);

    // Back and finished: the whole answer is the candidate's turn, and nothing is a draft.
    const back = await call.connect();
    expect((await back.responseText(0)).text).toBe('');
    back.transcript.push({ role: 'agent', content: greeting });
    await back.say(longAnswer);
    const after = await call.api.interview.get.query({ interviewId: call.interviewId });
    expect(after.draft).toBeNull();
    expect(after.transcript.filter((t) => t.role === 'user').map((t) => t.content)).toEqual([longAnswer]);
  });

  it('warns at 12 and 14 minutes, and ends at 15:00 with end_call even mid-silence', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    await sim.say(longAnswer);

    // The candidate falls silent; Retell asks for reminders, and each carries the warning that is due.
    clock.advance(12 * minute);
    const warned = await sim.say('', 'reminder_required');
    expect(warned.text.startsWith(en.timeWarning(3))).toBe(true);
    const notAgain = await sim.say('', 'reminder_required');
    expect(notAgain.text).not.toContain('we have about');

    clock.advance(2 * minute);
    expect((await sim.say('', 'reminder_required')).text.startsWith(en.timeWarning(1))).toBe(true);

    clock.advance(minute); // 15:00, nobody speaking
    const interrupt = await sim.waitFor(() => sim.received.find((m) => m.response_type === 'agent_interrupt'));
    expect(interrupt).toMatchObject({ content: en.closingOnTime, content_complete: true, end_call: true });
    await expect
      .poll(() => call.api.interview.get.query({ interviewId: call.interviewId }))
      .toMatchObject({
        status: 'ended',
        endReason: 'time',
      });

    // Nothing keeps the call alive past the closing line: no more replies, then the socket closes.
    sim.ask(99, 'Wait, one more thing!');
    clock.advance(1_000);
    expect((await sim.waitClosed()).code).toBe(1000);
    expect(sim.chunksFor(99)).toEqual([]);
    expect(await getBalance(server.database.db, call.userId)).toBe(0); // a real interview: no refund
  });

  it('ends politely at the next turn after a confident mismatch found in the 2–3 minute window', async () => {
    const call = await newCall(nurseForBackend);
    const sim = await call.connect();
    await sim.greeting();
    await sim.say('I have been an ICU nurse for nine years, caring for critical patients and triaging emergencies.');
    clock.advance(2 * minute); // the congruency check runs now, off the reply path
    await new Promise((r) => setTimeout(r, 20));
    const ending = await sim.say('I also coordinate the hospital protocols for medication safety.');
    expect(ending).toMatchObject({ text: en.closingOnMismatch, endCall: true });
    await expect
      .poll(() => call.api.interview.get.query({ interviewId: call.interviewId }))
      .toMatchObject({
        status: 'ended',
        endReason: 'mismatch',
        fitDecision: { fits: false, decidedBy: 'local' },
      });
    const { fitDecision } = await call.api.interview.get.query({ interviewId: call.interviewId });
    // The reason names a must-have the nurse's resume does not show.
    expect(fitDecision?.missing.length).toBeGreaterThan(0);
    expect(fitDecision?.reason).toContain(fitDecision?.missing[0]);
  });

  it('does not end a fitting candidate after the check, and records why', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    await sim.say(longAnswer);
    clock.advance(2 * minute + 10_000);
    await new Promise((r) => setTimeout(r, 50));
    const reply = await sim.say(longAnswer);
    expect(reply.endCall).toBe(false);
    await expect
      .poll(async () => (await call.api.interview.get.query({ interviewId: call.interviewId })).fitDecision)
      .toMatchObject({
        fits: true,
        decidedBy: 'local',
      });
  });

  it('takes a whole interview to its end and keeps the transcript', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    let last = { text: '', endCall: false };
    const said: string[] = [];
    // The clock stands still here, so the interviewer has time to spare: it goes deeper, then wraps up.
    for (let turn = 0; turn < 30 && !last.endCall; turn += 1) {
      last = await sim.say(longAnswer);
      said.push(last.text);
    }
    expect(last).toEqual({ text: en.closingAfterLastQuestion, endCall: true, responseId: expect.any(Number) });
    expect(said.some((line) => en.deeperQuestions.some((question) => line.includes(question)))).toBe(true);
    const stored = await vi.waitFor(async () => {
      const row = await call.api.interview.get.query({ interviewId: call.interviewId });
      expect(row).toMatchObject({ status: 'ended', endReason: 'completed' });
      return row;
    }, 3_000);
    // Every answer the candidate gave is kept: the opening question, the plan's, the deeper ones and their own question at the end.
    expect(stored.transcript.filter((t) => t.role === 'user')).toHaveLength(said.length);
    expect(said.length).toBeGreaterThan(plan.length + 2);
  });

  it('lets a candidate who says they must go leave: thanked, the call ended as theirs, and no refund', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    await sim.say(longAnswer);
    const ending = await sim.say('I have to run to pick up my kid — thank you so much for your time. Goodbye!');
    expect(ending).toMatchObject({ text: en.closingOnLeaving, endCall: true });
    await expect
      .poll(() => call.api.interview.get.query({ interviewId: call.interviewId }))
      .toMatchObject({ status: 'ended', endReason: 'candidate_ended' });
    expect(await getBalance(server.database.db, call.userId)).toBe(0); // they answered: a real interview
  });

  it('refunds a call that connected but in which the candidate never spoke', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    expect(await getBalance(server.database.db, call.userId)).toBe(0);
    await call.api.interview.end.mutate({ interviewId: call.interviewId });
    expect(await getBalance(server.database.db, call.userId)).toBe(1);
    expect((await call.api.interview.get.query({ interviewId: call.interviewId })).endReason).toBe('candidate_ended');
  });

  it('ends as disconnected when the socket drops and does not come back', async () => {
    const call = await newCall();
    const sim = await call.connect();
    await sim.greeting();
    await sim.say(longAnswer);
    const timersBefore = clock.pendingTimers;
    sim.close();
    await sim.waitClosed();
    // the server sees the close a moment later and starts the reconnect grace period
    await expect.poll(() => clock.pendingTimers).toBeGreaterThan(timersBefore);
    clock.advance(30_000);
    await expect
      .poll(() => call.api.interview.get.query({ interviewId: call.interviewId }))
      .toMatchObject({
        status: 'ended',
        endReason: 'disconnected',
      });
  });
});
