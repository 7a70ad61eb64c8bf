import { describe, expect, it } from 'vitest';
import { callEndedFromRetell, endReasonForDisconnection, retellCallEventSchema } from '../src/adapters/voice/retell/retell-call-event.ts';

describe("Retell's call event, read so that an ending is never lost", () => {
  it('keeps the words of a transcript turn that carries a NUL or a broken UTF-16 half, without them', () => {
    const parsed = retellCallEventSchema.parse({
      event: 'call_ended',
      call: {
        call_id: 'call_1',
        disconnection_reason: 'user_hangup\u0000',
        transcript_object: [{ role: 'user', content: 'I led\u0000 the \ud800migration.' }],
      },
    });
    expect(parsed.call.transcript_object).toEqual([{ role: 'user', content: 'I led the \uFFFDmigration.' }]);
    expect(endReasonForDisconnection(parsed.call.disconnection_reason)).toBe('candidate_ended');
  });

  it('reads a latency figure Retell could not measure (null, as a bare NaN is read) as not measured, keeping the rest', () => {
    const parsed = retellCallEventSchema.parse({
      event: 'call_analyzed',
      call: { call_id: 'call_1', latency: { e2e: { p50: null, p90: 900, num: null }, llm: { p50: 310 } } },
    });
    expect(parsed.call.latency?.e2e).toEqual({ p90: 900 });
    expect(parsed.call.latency?.llm?.p50).toBe(310);
  });

  it('still refuses a call id it could not look up', () => {
    expect(retellCallEventSchema.safeParse({ event: 'call_ended', call: { call_id: 'call\u0000' } }).success).toBe(false);
  });
});

describe("Retell's call event as the domain's CallEnded", () => {
  it('maps an ending with its reason and normalised transcript, and nothing for other events', () => {
    const parsed = retellCallEventSchema.parse({
      event: 'call_ended',
      call: {
        call_id: 'call_1',
        disconnection_reason: 'max_duration_reached',
        transcript_object: [
          { role: 'agent', content: 'Hello.' },
          { role: 'transfer_target', content: 'ignored' },
          { role: 'user', content: 'Hi.' },
        ],
        recording_url: 'https://example.com/a.wav',
      },
    });
    expect(callEndedFromRetell(parsed)).toEqual({
      callId: 'call_1',
      reason: 'time',
      transcript: [
        { role: 'agent', content: 'Hello.' },
        { role: 'user', content: 'Hi.' },
      ],
      latency: undefined,
      recordingUrl: 'https://example.com/a.wav',
    });
    expect(callEndedFromRetell(retellCallEventSchema.parse({ event: 'call_started', call: { call_id: 'call_1' } }))).toBeNull();
  });
});
