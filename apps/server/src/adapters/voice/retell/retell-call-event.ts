import { normaliseTranscript, type CallEnded, type EndReason } from '@voxly/api/interview';
import { plainText, spokenText } from '@voxly/config';
import { z } from 'zod';

// Retell's payloads as far as we read them (its call webhook and `call.retrieve`), and how they
// become the domain's own events: the vendor's shapes stay in its adapter.

/** Retell's `transcript_object`, bounded: the same shape in its webhook and in `call.retrieve`. */
export const retellTranscriptSchema = z
  .array(
    z.looseObject({
      role: z.string().max(40),
      // The call's words are kept, minus what cannot be stored: refusing them would lose the call's ending.
      content: spokenText({ max: 20_000, multiline: true }),
      words: z.array(z.unknown()).max(5_000).optional(),
    }),
  )
  .max(2_000);

/** One of Retell's per-call latency figures (milliseconds); the raw `values` are not kept. */
// A figure Retell could not measure arrives as null (or as a bare NaN, read as null): not measured.
const figure = z
  .number()
  .finite()
  .nullish()
  .transform((value) => value ?? undefined);
const latencyStats = z
  .looseObject({
    p50: figure,
    p90: figure,
    p95: figure,
    p99: figure,
    min: figure,
    max: figure,
    num: z
      .number()
      .int()
      .nonnegative()
      .nullish()
      .transform((value) => value ?? undefined),
  })
  .transform(({ p50, p90, p95, p99, min, max, num }) => ({ p50, p90, p95, p99, min, max, num }));

/** Retell's measured latency for a call: end to end, our LLM socket's part, and the network to it. */
const retellLatencySchema = z
  .looseObject({ e2e: latencyStats.optional(), llm: latencyStats.optional(), llm_websocket_network_rtt: latencyStats.optional() })
  .transform(({ e2e, llm, llm_websocket_network_rtt }) => ({ e2e, llm, llm_websocket_network_rtt }));

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Retell's `recording_url`, kept as given: an http(s) URL of bounded length. Anything else is
 * dropped (never a reason to refuse the event): it ends up in the owner's audio player.
 */
export const recordingUrlSchema = plainText({ label: 'recording_url', min: 1, max: 4_000 })
  .refine(isHttpUrl, 'not an http(s) URL')
  .optional()
  .catch(undefined);

/** Retell's call webhook body, as far as we use it. */
export const retellCallEventSchema = z.looseObject({
  event: z.string(),
  call: z.looseObject({
    call_id: plainText({ label: 'call_id', min: 1, max: 200 }),
    // Only mapped to an end reason, never stored: cleaned rather than a reason to lose the ending.
    disconnection_reason: spokenText({ max: 100 }).optional(),
    transcript_object: retellTranscriptSchema.optional(),
    // A malformed latency block is dropped, never a reason to refuse the event.
    latency: retellLatencySchema.optional().catch(undefined),
    recording_url: recordingUrlSchema,
  }),
});
type RetellCallEvent = z.infer<typeof retellCallEventSchema>;

/** Retell's disconnection reason → ours. */
export function endReasonForDisconnection(reason: string | undefined): EndReason {
  if (!reason) return 'disconnected';
  if (reason === 'user_hangup') return 'candidate_ended';
  if (reason === 'agent_hangup') return 'completed';
  if (reason === 'max_duration_reached') return 'time';
  if (reason === 'registered_call_timeout' || reason === 'error_user_not_joined' || reason === 'dial_no_answer') {
    return 'never_started';
  }
  return reason.startsWith('error') ? 'error' : 'disconnected';
}

/** A call-ending event (call_ended / call_analyzed) as the domain's `CallEnded`; null for any other event. */
export function callEndedFromRetell(event: RetellCallEvent): CallEnded | null {
  if (event.event !== 'call_ended' && event.event !== 'call_analyzed') return null;
  const { call } = event;
  return {
    callId: call.call_id,
    reason: endReasonForDisconnection(call.disconnection_reason),
    transcript: call.transcript_object ? normaliseTranscript(call.transcript_object) : [],
    latency: call.latency,
    recordingUrl: call.recording_url,
  };
}
