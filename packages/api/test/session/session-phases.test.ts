import { describe, expect, it } from 'vitest';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import { closeCodes } from '../../src/domain/interview/session/session-ports.ts';
import { FakeTransport, heldModel, interviewRecord, memoryStore, sessionSetup, settle } from './session-fakes.ts';

function call() {
  const setup = sessionSetup();
  const memory = memoryStore();
  const closed: string[] = [];
  const session = new InterviewSession(interviewRecord(), {
    ...setup,
    llm: heldModel(),
    store: memory.store,
    onClosed: (id) => closed.push(id),
  });
  return { session, setup, memory, closed };
}

describe('the session’s phases', () => {
  it('waits for a socket, goes live, waits for a reconnect, and ends as disconnected when none comes', async () => {
    const { session, setup, memory, closed } = call();
    expect(session.isConnected).toBe(false);
    const first = new FakeTransport();
    session.attach(first);
    expect(session.isConnected).toBe(true);
    expect(memory.count('markStarted')).toBe(1);
    session.detach(first);
    setup.clock.advance(setup.timings.reconnectGraceMs - 1);
    expect(session.isEnded).toBe(false);
    const second = new FakeTransport();
    session.attach(second); // back in time: the same call goes on
    expect(memory.count('markConnected')).toBe(1);
    session.detach(second);
    setup.clock.advance(setup.timings.reconnectGraceMs);
    await settle();
    expect(session.isEnded).toBe(true);
    expect(memory.calls.find((c) => c.method === 'finish')?.args[0]).toMatchObject({ reason: 'disconnected' });
    expect(closed).toEqual(['call-1']);
    const late = new FakeTransport();
    session.attach(late);
    expect(late.closed?.code).toBe(closeCodes.ended);
  });

  it('replaces an older socket with a newer one', () => {
    const { session } = call();
    const older = new FakeTransport();
    const newer = new FakeTransport();
    session.attach(older);
    session.attach(newer);
    expect(older.closed?.code).toBe(closeCodes.replaced);
    session.detach(older); // the old socket's close event must not touch the new one
    expect(session.isConnected).toBe(true);
  });

  it('closes after the closing line if the caller does not hang up', async () => {
    const { session, setup, closed } = call();
    const transport = new FakeTransport();
    session.attach(transport);
    await session.endByCandidate();
    expect(session.isEnded).toBe(true);
    expect(transport.closed).toBeNull();
    setup.clock.advance(setup.timings.hangUpGraceMs);
    expect(transport.closed?.code).toBe(closeCodes.ended);
    expect(closed).toEqual(['call-1']);
  });

  it('hands over on shutdown: saves, closes with a reconnectable code, refuses new sockets, ends nothing', async () => {
    const { session, memory } = call();
    const transport = new FakeTransport();
    session.attach(transport);
    session.handle({
      interaction_type: 'update_only',
      transcript: [
        { role: 'agent', content: 'Hi' },
        { role: 'user', content: 'Hello' },
      ],
    });
    await session.handOver(100);
    expect(transport.closed?.code).toBe(closeCodes.restarting);
    // Saved for the resume: the greeting, and not the turn still being said.
    expect(memory.saved.at(-1)?.map((t) => t.role)).toEqual(['agent']);
    expect(session.draft).toBe('Hello');
    expect(memory.count('finish')).toBe(0);
    const again = new FakeTransport();
    session.attach(again);
    expect(again.closed?.code).toBe(closeCodes.restarting);
    expect(session.isEnded).toBe(false);
  });
});
