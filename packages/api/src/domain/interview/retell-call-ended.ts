import { plainText, spokenText } from '@voxly/config';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { markInterviewAnswered } from './batched-interview-writes.ts';
import type { EndReason } from './end-reasons.ts';
import { findInterviewByCallId, finishInterview, storeFinalTranscript, storeRecordingUrl, storeRetellLatency } from './interview-store.ts';
import { candidateSpoke, normaliseTranscript } from './transcript.ts';

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
export type RetellLatency = z.infer<typeof retellLatencySchema>;

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
export type RetellCallEvent = z.infer<typeof retellCallEventSchema>;

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

export type RetellEventOutcome = 'ignored' | 'unknown-call' | 'stored';

/**
 * call_ended / call_analyzed: Retell's transcript is the final word on what was said, so
 * it replaces ours unless it would lose turns; the interview ends (once) with the mapped
 * reason. Retell's own transcript is evidence the server trusts (the webhook is signed):
 * words from the candidate in it count as an answer, so no later path refunds the call.
 */
export async function applyRetellCallEvent(db: Database, event: RetellCallEvent, now: Date): Promise<RetellEventOutcome> {
  if (event.event !== 'call_ended' && event.event !== 'call_analyzed') return 'ignored';
  const record = await findInterviewByCallId(db, event.call.call_id);
  if (!record) return 'unknown-call';
  const transcript = event.call.transcript_object ? normaliseTranscript(event.call.transcript_object) : [];
  const answeredAt = candidateSpoke(transcript) ? now : undefined;
  const finished = await finishInterview(db, {
    id: record.id,
    reason: endReasonForDisconnection(event.call.disconnection_reason),
    at: now,
    answeredAt,
    ...(transcript.length > 0 ? { transcript } : {}),
  });
  // Already ended on our side (the socket closed first): Retell's final transcript still counts.
  if (!finished.ended) {
    if (answeredAt) await markInterviewAnswered(db, record.id, answeredAt);
    if (transcript.length > 0) await storeFinalTranscript(db, record.id, transcript);
  }
  if (event.call.latency) await storeRetellLatency(db, record.id, event.call.latency);
  if (event.call.recording_url) await storeRecordingUrl(db, record.id, event.call.recording_url, now);
  return 'stored';
}
