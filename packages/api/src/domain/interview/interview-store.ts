import type { Language } from '@voxly/config';
import type { FieldId, InterviewerBrief, TranscriptTurn } from '@voxly/prompts';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { interviews } from '../../db/schema.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';
import type { EndReason } from './end-reasons.ts';
import { candidateSpoke } from './transcript.ts';

export interface InterviewRecord extends InterviewerBrief {
  id: string;
  userId: string;
  callId: string;
  voiceMode: string;
  status: 'registered' | 'ongoing' | 'ended';
  endReason: string | null;
  startedAt: Date | null;
  transcript: TranscriptTurn[];
}

const recordColumns = {
  id: interviews.id,
  userId: interviews.userId,
  callId: interviews.callId,
  voiceMode: interviews.voiceMode,
  candidateName: interviews.candidateName,
  jobTitle: interviews.jobTitle,
  jobDescription: interviews.jobDescription,
  resumeText: interviews.resumeText,
  field: interviews.field,
  language: interviews.language,
  status: interviews.status,
  endReason: interviews.endReason,
  startedAt: interviews.startedAt,
  transcript: interviews.transcript,
};

export async function findInterviewByCallId(db: Executor, callId: string): Promise<InterviewRecord | null> {
  const [row] = await db.select(recordColumns).from(interviews).where(eq(interviews.callId, callId));
  return row ? ({ ...row, field: (row.field ?? 'general') as FieldId, language: row.language as Language } satisfies InterviewRecord) : null;
}

/** Marks the call as started; the first start wins, so a reconnect never resets the clock. */
export async function markInterviewStarted(db: Executor, id: string, at: Date, connectionId?: string): Promise<Date> {
  const [row] = await db
    .update(interviews)
    .set({
      ...(connectionId ? { lastConnectionId: connectionId } : {}),
      status: sql`case when ${interviews.status} = 'ended' then 'ended' else 'ongoing' end`, startedAt: sql`coalesce(${interviews.startedAt}, ${at.toISOString()}::timestamptz)` })
    .where(eq(interviews.id, id))
    .returning({ startedAt: interviews.startedAt });
  return row?.startedAt ?? at;
}

/** A socket for the call attached (here or on any instance): it is now the call's socket. */
export async function markInterviewConnected(db: Executor, id: string, connectionId: string): Promise<void> {
  await db.update(interviews).set({ lastConnectionId: connectionId }).where(eq(interviews.id, id));
}

/** Has another socket (on any instance) attached to the call since `connectionId` did? */
export async function connectedElsewhere(db: Executor, id: string, connectionId: string): Promise<boolean> {
  const [row] = await db.select({ last: interviews.lastConnectionId }).from(interviews).where(eq(interviews.id, id));
  return row !== undefined && row.last !== null && row.last !== connectionId;
}

/**
 * Saves a running call's transcript. Transcripts only grow, so a write never replaces a
 * longer one: a late write (an older save finishing last, or an instance that lost the
 * call) cannot undo a newer one.
 */
export async function saveTranscript(db: Executor, id: string, transcript: TranscriptTurn[]): Promise<void> {
  await db
    .update(interviews)
    .set({ transcript })
    .where(
      and(
        eq(interviews.id, id),
        ne(interviews.status, 'ended'),
        sql`jsonb_array_length(${interviews.transcript}) <= ${transcript.length}`,
      ),
    );
}

export interface FinishResult {
  /** False when the interview had already ended (a duplicate end changes nothing). */
  ended: boolean;
  refunded: boolean;
}

/**
 * Ends an interview once: status, reason, time and (when given) the final transcript,
 * and in the same transaction refunds the credit of a call in which the candidate never
 * spoke. Safe to call from every ending path at once: only the first one acts.
 */
export async function finishInterview(
  db: Database,
  input: { id: string; reason: EndReason; at: Date; transcript?: TranscriptTurn[]; refund?: 'auto' | 'always' },
): Promise<FinishResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(interviews)
      .set({
        status: 'ended',
        endReason: input.reason,
        endedAt: input.at,
        ...(input.transcript ? { transcript: input.transcript } : {}),
      })
      .where(and(eq(interviews.id, input.id), ne(interviews.status, 'ended')))
      .returning({ userId: interviews.userId, transcript: interviews.transcript });
    if (!row) return { ended: false, refunded: false };
    const neverStarted = input.refund === 'always' || !candidateSpoke(row.transcript);
    if (!neverStarted) return { ended: true, refunded: false };
    const refund = await appendLedgerEntry(tx, { userId: row.userId, delta: 1, reason: 'refund', interviewId: input.id });
    return { ended: true, refunded: refund === 'applied' };
  });
}

/** Calls registered long ago that never connected: ended and refunded by the sweeper. */
export async function findStaleRegisteredInterviews(db: Executor, olderThan: Date): Promise<string[]> {
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.status, 'registered'), lt(interviews.createdAt, olderThan)))
    .limit(100);
  return rows.map((r) => r.id);
}
