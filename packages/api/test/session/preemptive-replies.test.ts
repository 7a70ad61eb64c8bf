import { describe, expect, it } from 'vitest';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import { FakeTransport, heldModel, interviewRecord, memoryStore, recordingMetrics, sessionSetup, settle } from './session-fakes.ts';

/** A type alias, not the interface: Retell's loose event schema wants an index signature. */
type TranscriptTurn = { role: 'agent' | 'user'; content: string };

function liveCall(options: { speculationsPerTurn?: number } = {}) {
  const llm = heldModel();
  const transport = new FakeTransport();
  const { store } = memoryStore();
  const recorded = recordingMetrics();
  const setup = sessionSetup();
  const session = new InterviewSession(interviewRecord(), {
    ...setup,
    timings: { ...setup.timings, speculationsPerTurn: options.speculationsPerTurn ?? 1 },
    llm,
    store,
    metrics: recorded.metrics,
    onClosed() {},
  });
  session.attach(transport);
  const greeting: TranscriptTurn = { role: 'agent', content: transport.textOf(0) };
  const saying = (content: string): TranscriptTurn[] => [greeting, { role: 'user', content }];
  return { session, llm, transport, ...recorded, setup, saying };
}

describe('preemptive replies', () => {
  it('starts the reply once the candidate’s turn looks complete and answers response_required from it at once', async () => {
    const { session, llm, transport, firstChunks, speculations, saying } = liveCall();
    session.handle({ interaction_type: 'update_only', transcript: saying('I led the billing') });
    expect(llm.calls).toHaveLength(0); // mid-sentence: not yet

    const done = saying('I led the billing migration.');
    session.handle({ interaction_type: 'update_only', transcript: done });
    expect(llm.calls).toHaveLength(1);
    llm.calls[0]!.release();
    await settle();
    expect(transport.textOf(1)).toBe(''); // held: nothing is said before it is asked for

    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: done });
    expect(transport.textOf(1)).toBe('Reply to: I led the billing migration.');
    await settle();
    expect(transport.completed(1)).toBe(true);
    expect(llm.calls).toHaveLength(1);
    expect(firstChunks).toEqual([{ ms: 0, preemptive: true }]);
    expect(speculations).toEqual(['started', 'used']);
  });

  it('takes Retell’s turn-taking hint over punctuation', () => {
    const { session, llm, saying } = liveCall();
    session.handle({ interaction_type: 'update_only', transcript: saying('so that was the migration.'), turntaking: 'user_turn' });
    expect(llm.calls).toHaveLength(0);
    session.handle({ interaction_type: 'update_only', transcript: saying('so that was the migration'), turntaking: 'agent_turn' });
    expect(llm.calls).toHaveLength(1);
  });

  it('aborts the speculation when the candidate goes on, and never speaks its words for the revised turn', async () => {
    const { session, llm, transport, speculations, firstChunks, saying } = liveCall();
    session.handle({ interaction_type: 'update_only', transcript: saying('I led the billing migration.') });
    llm.calls[0]!.release();
    await settle();

    const revised = saying('I led the billing migration. It took six months and cut costs by a third.');
    session.handle({ interaction_type: 'update_only', transcript: revised });
    expect(llm.calls).toHaveLength(1); // one speculation per turn: the revision waits for Retell

    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: revised });
    expect(llm.calls).toHaveLength(2);
    llm.calls[1]!.release();
    await settle();
    expect(transport.textOf(1)).toBe('Reply to: I led the billing migration. It took six months and cut costs by a third.');
    expect(speculations).toEqual(['started', 'dropped']);
    expect(firstChunks.map((c) => c.preemptive)).toEqual([false]);
  });

  it('aborts the model request of a speculation still waiting for its first token when the transcript moves on', () => {
    const { session, llm, saying } = liveCall();
    session.handle({ interaction_type: 'update_only', transcript: saying('I led the billing migration.') });
    expect(llm.calls[0]!.signal.aborted).toBe(false);
    session.handle({ interaction_type: 'update_only', transcript: saying('I led the billing migration. And then') });
    expect(llm.calls[0]!.signal.aborted).toBe(true);
  });

  it('speculates again on a later turn, within the per-turn budget, and not at all when it is 0', () => {
    const call = liveCall({ speculationsPerTurn: 2 });
    call.session.handle({ interaction_type: 'update_only', transcript: call.saying('First try.') });
    call.session.handle({ interaction_type: 'update_only', transcript: call.saying('First try. Second try.') });
    call.session.handle({ interaction_type: 'update_only', transcript: call.saying('First try. Second try. Third.') });
    expect(call.llm.calls).toHaveLength(2);

    const off = liveCall({ speculationsPerTurn: 0 });
    off.session.handle({ interaction_type: 'update_only', transcript: off.saying('All done.') });
    expect(off.llm.calls).toHaveLength(0);
  });

  it('does not answer from a speculation when the clock has a warning to add, or for a reminder', async () => {
    const { session, llm, transport, setup, saying } = liveCall();
    const done = saying('I led the billing migration.');
    session.handle({ interaction_type: 'update_only', transcript: done });
    setup.clock.advance(12 * 60_000);
    session.handle({ interaction_type: 'response_required', response_id: 1, transcript: done });
    expect(llm.calls[0]!.signal.aborted).toBe(true);
    expect(llm.calls[1]!.request.messages.at(-1)).toMatchObject({ role: 'user', content: expect.stringContaining('Time note') });
    llm.calls[1]!.release();
    await settle();
    expect(transport.textOf(1)).toMatch(/^Just so you know, we have about 3 minutes left\.\n\nReply to: /);

    session.handle({
      interaction_type: 'update_only',
      transcript: [...done, { role: 'agent', content: transport.textOf(1) }, { role: 'user', content: 'Right.' }],
    });
    session.handle({
      interaction_type: 'reminder_required',
      response_id: 2,
      transcript: [...done, { role: 'agent', content: transport.textOf(1) }, { role: 'user', content: 'Right.' }],
    });
    expect(llm.calls[2]!.signal.aborted).toBe(true);
    expect(llm.calls[3]!.request.kind).toBe('reminder');
  });

  it('drops what it holds when the socket goes and when the call ends', () => {
    const { session, llm, transport, saying } = liveCall();
    session.handle({ interaction_type: 'update_only', transcript: saying('I am done.') });
    session.detach(transport);
    expect(llm.calls[0]!.signal.aborted).toBe(true);
  });
});
