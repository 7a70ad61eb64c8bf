import type { CallLatency, StoredTurn } from '../../db/column-types.ts';
import type { Database } from '../../db/database.ts';
import { markInterviewAnswered } from './batched-interview-writes.ts';
import type { EndReason } from './end-reasons.ts';
import { findInterviewByCallId, finishInterview, storeFinalTranscript, storeRecordingUrl, storeRetellLatency } from './interview-store.ts';
import { candidateSpoke } from './transcript.ts';

/** The voice provider's word that a call ended, in our terms: its adapter reads the provider's own payload. */
export interface CallEnded {
  callId: string;
  reason: EndReason;
  /** The provider's final transcript, normalised; empty when it sent none. */
  transcript: StoredTurn[];
  latency?: CallLatency | undefined;
  recordingUrl?: string | undefined;
}

export type CallEndedOutcome = 'unknown-call' | 'stored';

/**
 * The provider's transcript is the final word on what was said, so it replaces ours unless it
 * would lose turns; the interview ends (once) with the mapped reason. The provider's own
 * transcript is evidence the server trusts (its webhook is signed): words from the candidate in
 * it count as an answer, so no later path refunds the call.
 */
export async function applyCallEnded(db: Database, event: CallEnded, now: Date): Promise<CallEndedOutcome> {
  const record = await findInterviewByCallId(db, event.callId);
  if (!record) return 'unknown-call';
  const { transcript } = event;
  const answeredAt = candidateSpoke(transcript) ? now : undefined;
  const finished = await finishInterview(db, {
    id: record.id,
    reason: event.reason,
    at: now,
    answeredAt,
    ...(transcript.length > 0 ? { transcript } : {}),
  });
  // Already ended on our side (the socket closed first): the provider's final transcript still counts.
  if (!finished.ended) {
    if (answeredAt) await markInterviewAnswered(db, record.id, answeredAt);
    if (transcript.length > 0) await storeFinalTranscript(db, record.id, transcript);
  }
  if (event.latency) await storeRetellLatency(db, record.id, event.latency);
  if (event.recordingUrl) await storeRecordingUrl(db, record.id, event.recordingUrl, now);
  return 'stored';
}
