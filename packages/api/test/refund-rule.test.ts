import { describe, expect, it } from 'vitest';
import { refundDue } from '../src/domain/interview/interview-store.ts';
import { acceptTranscript } from '../src/domain/interview/transcript.ts';

const start = new Date('2026-01-01T10:00:00Z');
const after = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe('who pays for an ended call', () => {
  it('refunds a call in which the server never heard the candidate and no model reply went out, whatever the ending', () => {
    for (const reason of ['time', 'candidate_ended', 'disconnected', 'error', 'mismatch'] as const) {
      expect(refundDue({ reason, at: after(14), startedAt: start, firstAnswerAt: null, firstReplyAt: null }), reason).toBe(true);
    }
  });

  it('keeps the credit of a call the candidate never spoke in once a model reply went out (unless our side failed early)', () => {
    for (const reason of ['time', 'candidate_ended', 'disconnected', 'mismatch', 'completed'] as const) {
      expect(refundDue({ reason, at: after(2), startedAt: start, firstAnswerAt: null, firstReplyAt: after(1) }), reason).toBe(false);
    }
    expect(refundDue({ reason: 'error', at: after(2), startedAt: start, firstAnswerAt: null, firstReplyAt: after(1) })).toBe(true);
  });

  it('refunds our own failure before ten minutes, and not after', () => {
    const answered = after(1);
    expect(refundDue({ reason: 'error', at: after(9.9), startedAt: start, firstAnswerAt: answered, firstReplyAt: answered })).toBe(true);
    expect(refundDue({ reason: 'error', at: after(10), startedAt: start, firstAnswerAt: answered, firstReplyAt: answered })).toBe(false);
  });

  it('never refunds an ending the candidate or the interview caused once they answered', () => {
    for (const reason of ['time', 'candidate_ended', 'disconnected', 'mismatch', 'completed'] as const) {
      expect(refundDue({ reason, at: after(2), startedAt: start, firstAnswerAt: after(1), firstReplyAt: after(1) }), reason).toBe(false);
    }
  });
});

describe('accepting a new transcript', () => {
  const held = [
    { role: 'agent' as const, content: 'Hi' },
    { role: 'user' as const, content: 'Hello' },
    { role: 'agent' as const, content: 'Tell me' },
  ];

  it('takes a transcript that grows, or revises what was said', () => {
    const grown = [...held, { role: 'user' as const, content: 'Sure' }];
    expect(acceptTranscript(held, grown)).toBe(grown);
    const revised = [held[0]!, { role: 'user' as const, content: 'Hello there' }, held[2]!];
    expect(acceptTranscript(held, revised)).toBe(revised);
  });

  it('keeps its own when the new one drops turns or changes who said them', () => {
    expect(acceptTranscript(held, [])).toBe(held);
    expect(acceptTranscript(held, held.slice(0, 2))).toBe(held);
    const swapped = [held[0]!, { role: 'agent' as const, content: 'Hello' }, held[2]!, { role: 'user' as const, content: 'x' }];
    expect(acceptTranscript(held, swapped)).toBe(held);
  });
});
