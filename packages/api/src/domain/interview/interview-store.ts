import { interviewPolicy, policyForLength, type InterviewMode } from '@voxly/config';
import type { InterviewerBrief, TranscriptTurn } from '@voxly/prompts';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { CallLatency } from '../../db/column-types.ts';
import type { Database, Executor } from '../../db/database.ts';
import { preparedQuery, unnamed } from '../../db/prepared-query.ts';
import { interviews } from '../../db/schema.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';
import type { EndReason } from './end-reasons.ts';
import type { FitDecision } from './fit-decision.ts';
import { lockedInIdOrder } from './locked-in-id-order.ts';

export interface InterviewRecord extends InterviewerBrief {
  id: string;
  userId: string;
  callId: string;
  voiceMode: string;
  status: 'registered' | 'ongoing' | 'ended';
  endReason: string | null;
  startedAt: Date | null;
  /** When the server first saw the candidate's words (null: not yet). */
  firstAnswerAt: Date | null;
  /** When a model's reply first went out (null: not yet). */
  firstReplyAt: Date | null;
  transcript: TranscriptTurn[];
  /** Coached: a hint after each answer and no time warnings. */
  interviewMode: InterviewMode;
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
  lengthMinutes: interviews.lengthMinutes,
  kind: interviews.kind,
  seniority: interviews.seniority,
  focus: interviews.weakSpotFocus,
  interviewMode: interviews.interviewMode,
  status: interviews.status,
  endReason: interviews.endReason,
  startedAt: interviews.startedAt,
  firstAnswerAt: interviews.firstAnswerAt,
  firstReplyAt: interviews.firstReplyAt,
  transcript: interviews.transcript,
};

const byCallIds = preparedQuery((db) =>
  db
    .select(recordColumns)
    .from(interviews)
    .where(sql`${interviews.callId} = any(${sql.placeholder('callIds')}::text[])`)
    .prepare(unnamed),
);

type RecordRow = Awaited<ReturnType<ReturnType<typeof byCallIds>['execute']>>[number];
const toRecord = (row: RecordRow): InterviewRecord => ({ ...row, field: row.field ?? 'general', language: row.language });

/** Many calls' records in one statement, in the order asked (null: no such call). */
export async function findInterviewsByCallIds(db: Executor, callIds: readonly string[]): Promise<(InterviewRecord | null)[]> {
  const rows = await byCallIds(db).execute({ callIds: [...callIds] });
  const byId = new Map(rows.map((row) => [row.callId, toRecord(row)]));
  return callIds.map((callId) => byId.get(callId) ?? null);
}

export async function findInterviewByCallId(db: Executor, callId: string): Promise<InterviewRecord | null> {
  const [record] = await findInterviewsByCallIds(db, [callId]);
  return record ?? null;
}

const markConnected = preparedQuery((db) =>
  db
    .update(interviews)
    .set({ lastConnectionId: sql`${sql.placeholder('connectionId')}`, lastSeenAt: sql`now()` })
    .where(eq(interviews.id, sql.placeholder('id')))
    .prepare(unnamed),
);

/** A socket for the call attached (here or on any instance): it is now the call's socket. */
export async function markInterviewConnected(db: Executor, id: string, connectionId: string): Promise<void> {
  await markConnected(db).execute({ id, connectionId });
}

/**
 * `call_id = any($1)` with the ids as one array parameter: a thousand live calls are one
 * parameter to bind, not a thousand to build into the statement on every sweep.
 */
export const callIdIn = (callIds: readonly string[]) => sql`${interviews.callId} = any(${sql.param([...callIds])}::text[])`;

/**
 * This instance still holds these calls' sockets: one statement per sweep for all of them.
 * The abandoned-call sweeper (any instance) ends calls nobody has touched for the grace period.
 */
export async function touchLiveInterviews(db: Executor, callIds: readonly string[]): Promise<void> {
  if (callIds.length === 0) return;
  await db
    .update(interviews)
    .set({ lastSeenAt: sql`now()` })
    .where(lockedInIdOrder(sql`i.call_id = any(${sql.param([...callIds])}::text[]) and i.status = 'ongoing'`));
}

/** Ongoing calls no instance has held since `olderThan` (database time): the server that had them is gone. */
export async function findAbandonedInterviews(db: Executor, olderThanMs: number): Promise<string[]> {
  const rows = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(
      and(
        eq(interviews.status, 'ongoing'),
        sql`coalesce(${interviews.lastSeenAt}, ${interviews.startedAt}, ${interviews.createdAt}) < now() - make_interval(secs => ${olderThanMs / 1000})`,
      ),
    )
    .limit(100);
  return rows.map((r) => r.id);
}

/** Has another socket (on any instance) attached to the call since `connectionId` did? */
export async function connectedElsewhere(db: Executor, id: string, connectionId: string): Promise<boolean> {
  const [row] = await db.select({ last: interviews.lastConnectionId }).from(interviews).where(eq(interviews.id, id));
  return row !== undefined && row.last !== null && row.last !== connectionId;
}

/** Keeps the fit check's decision on the interview record (once per interview; a repeat overwrites the same check). */
export async function saveFitDecision(db: Executor, id: string, decision: FitDecision): Promise<void> {
  await db.update(interviews).set({ fitDecision: decision }).where(eq(interviews.id, id));
}

/** The stored transcript, replaced only by one at least as long (history never shrinks). */
const longerTranscript = (transcript: TranscriptTurn[]) =>
  sql`case when jsonb_array_length(${interviews.transcript}) <= ${transcript.length} then ${JSON.stringify(transcript)}::jsonb else ${interviews.transcript} end`;

/** Retell's own latency figures for the call, from its call webhook (the latest event wins). */
export async function storeRetellLatency(db: Executor, id: string, latency: CallLatency): Promise<void> {
  await db.update(interviews).set({ retellLatency: latency }).where(eq(interviews.id, id));
}

/** The provider's recording URL as it gave it, and when it was asked; a null answer keeps the URL already held. */
export async function storeRecordingUrl(db: Executor, id: string, url: string | null, checkedAt: Date): Promise<void> {
  await db
    .update(interviews)
    .set({ recordingUrl: url ?? sql`${interviews.recordingUrl}`, recordingCheckedAt: checkedAt })
    .where(eq(interviews.id, id));
}

/** Replaces a stored transcript with the provider's final one, unless that would lose turns. */
export async function storeFinalTranscript(db: Executor, id: string, transcript: TranscriptTurn[]): Promise<void> {
  await db
    .update(interviews)
    .set({ transcript: longerTranscript(transcript) })
    .where(eq(interviews.id, id));
}

export interface FinishResult {
  /** False when the interview had already ended (a duplicate end changes nothing). */
  ended: boolean;
  refunded: boolean;
}

export interface FinishInput {
  id: string;
  reason: EndReason;
  at: Date;
  /** The final transcript, kept only if it loses no stored turn. */
  transcript?: TranscriptTurn[];
  /** The ending path saw the candidate's words itself (the session, the provider's transcript). */
  answeredAt?: Date | undefined;
  /** The ending path knows a model's reply went out (the session). */
  repliedAt?: Date | undefined;
  /** 'always': the call never connected (the never-started sweeper). */
  refund?: 'auto' | 'always';
}

/**
 * Who pays for an ended call, from facts the server recorded: nothing when the candidate
 * never spoke and no model reply went out; nothing when our side failed (`error`) before
 * the interview was substantially done; one credit otherwise. Pure.
 */
export function refundDue(
  ended: { reason: EndReason; at: Date; startedAt: Date | null; firstAnswerAt: Date | null; firstReplyAt: Date | null },
  policy: { errorRefundBeforeMs: number } = interviewPolicy,
): boolean {
  if (ended.firstAnswerAt === null && ended.firstReplyAt === null) return true;
  if (ended.reason !== 'error') return false;
  const ranMs = ended.startedAt ? ended.at.getTime() - ended.startedAt.getTime() : 0;
  return ranMs < policy.errorRefundBeforeMs;
}

/**
 * Ends an interview once: status, reason, time and (when given) the final transcript,
 * and in the same transaction refunds the credit when `refundDue` says so. Safe to call
 * from every ending path at once: only the first one acts, and the refund is unique per
 * interview in the ledger.
 */
export async function finishInterview(db: Database, input: FinishInput): Promise<FinishResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(interviews)
      .set({
        status: 'ended',
        endReason: input.reason,
        endedAt: input.at,
        ...(input.answeredAt
          ? { firstAnswerAt: sql`coalesce(${interviews.firstAnswerAt}, ${input.answeredAt.toISOString()}::timestamptz)` }
          : {}),
        ...(input.repliedAt
          ? { firstReplyAt: sql`coalesce(${interviews.firstReplyAt}, ${input.repliedAt.toISOString()}::timestamptz)` }
          : {}),
        ...(input.transcript ? { transcript: longerTranscript(input.transcript) } : {}),
      })
      .where(and(eq(interviews.id, input.id), ne(interviews.status, 'ended')))
      .returning({
        userId: interviews.userId,
        startedAt: interviews.startedAt,
        firstAnswerAt: interviews.firstAnswerAt,
        firstReplyAt: interviews.firstReplyAt,
        lengthMinutes: interviews.lengthMinutes,
      });
    if (!row) return { ended: false, refunded: false };
    // A shorter session was substantially done sooner: the error-refund window scales with its length.
    const due = input.refund === 'always' || refundDue({ reason: input.reason, at: input.at, ...row }, policyForLength(row.lengthMinutes));
    if (!due) return { ended: true, refunded: false };
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
