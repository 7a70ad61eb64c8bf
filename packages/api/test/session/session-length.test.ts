import { describe, expect, it } from 'vitest';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import { FakeTransport, heldModel, interviewRecord, memoryStore, sessionSetup, settle } from './session-fakes.ts';

const minute = 60_000;

/** A session of the length the candidate chose: its clock, its greeting and its end. */
describe('a 5-minute session', () => {
  it('greets with its length and ends on time at 5:00, not 15', async () => {
    const setup = sessionSetup();
    const memory = memoryStore();
    const session = new InterviewSession(interviewRecord({ lengthMinutes: 5, kind: 'behavioural', seniority: 'junior' }), {
      ...setup,
      llm: heldModel(),
      store: memory.store,
      onClosed: () => {},
    });
    const transport = new FakeTransport();
    session.attach(transport);
    await settle();
    expect(transport.textOf(0)).toContain('about five minutes');
    expect(session.clock.remainingMs).toBe(5 * minute);
    setup.clock.advance(5 * minute - 1);
    await settle();
    expect(memory.calls.find((c) => c.method === 'finish')).toBeUndefined();
    setup.clock.advance(1);
    await settle();
    expect(memory.calls.find((c) => c.method === 'finish')?.args[0]).toMatchObject({ reason: 'time' });
  });
});
