import { defaultInterviewMode, defaultSessionSetup, interviewPolicy, type WeakSpotFocus } from '@voxly/config';
import { and, eq, sql } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { pgErrorCode, pgErrorCodes } from '../../db/pg-error.ts';
import { interviews } from '../../db/schema.ts';
import type { VoicePort } from '../../ports/voice-port.ts';
import { appendLedgerEntry } from '../credits/ledger.ts';
import type { FieldClassifier } from './classify-field.ts';
import type { CreateInterviewInput } from './interview-input.ts';
import { joinableColumns, joinTicket, type JoinTicket } from './join-token.ts';

/** The voice vendor could not register the call; the transaction (and its debit) rolled back. */
export class CallRegistrationError extends Error {
  constructor(cause: unknown) {
    super('The voice service could not register the call', { cause });
    this.name = 'CallRegistrationError';
  }
}

/** The candidate has an interview whose call is under way: a second one would spend a credit while it still runs. */
export class InterviewInProgressError extends Error {
  constructor(readonly interviewId: string) {
    super('An interview of this candidate is in progress');
    this.name = 'InterviewInProgressError';
  }
}

/** The candidate's interview whose call has started and not ended, if any. */
async function findInProgress(db: Executor, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.status, 'ongoing')))
    .limit(1);
  return row?.id ?? null;
}

export interface CreatedInterview {
  interviewId: string;
  call: JoinTicket & { voice: VoicePort['mode'] };
}

/**
 * The interview an earlier submission of the same form created, if any, with a join token
 * that works now: never the stored one once it may have expired (`joinTicket`).
 */
async function findSubmitted(
  db: Executor,
  voice: VoicePort,
  userId: string,
  idempotencyKey: string,
  now: Date,
): Promise<CreatedInterview | null> {
  const [row] = await db
    .select({ ...joinableColumns, voiceMode: interviews.voiceMode })
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.idempotencyKey, idempotencyKey)));
  if (!row) return null;
  const ticket = await joinTicket(db, voice, row, now);
  return { interviewId: row.id, call: { ...ticket, voice: row.voiceMode } };
}

/**
 * Debits one credit, registers the call and stores the interview in one transaction: no
 * call without a debit, no debit without a call. The debit comes first so an empty
 * balance fails before any vendor is called (InsufficientCreditsError).
 *
 * With an idempotency key (one per form submission) the same submission, however often it
 * arrives and however concurrently, creates one interview and debits once: concurrent ones
 * queue on a transaction lock for that key and find the first one's interview; the unique
 * index on (user, key) is the backstop.
 *
 * While one of the candidate's calls is under way a new interview is refused before any
 * credit moves (InterviewInProgressError): a call left by Back keeps its clock running, and
 * the candidate rejoins or ends it first. One registered but never joined does not count:
 * the never-started sweep ends and refunds it.
 */
export async function createInterview(
  db: Database,
  voice: VoicePort,
  classifyField: FieldClassifier,
  userId: string,
  input: CreateInterviewInput,
  now: Date = new Date(),
  /** What the last report found hard (`lastWeakSpots`), when the candidate asked to focus on it. */
  weakSpotFocus: WeakSpotFocus | null = null,
): Promise<CreatedInterview> {
  const { idempotencyKey, focusOnWeakSpots: _asked, ...rest } = input;
  const form = { ...defaultSessionSetup, interviewMode: defaultInterviewMode, ...rest };
  if (idempotencyKey) {
    const earlier = await findSubmitted(db, voice, userId, idempotencyKey, now);
    if (earlier) return earlier;
  }
  // The job alone decides the field (never the resume), before any credit moves.
  const classified = await classifyField({ jobTitle: form.jobTitle, jobDescription: form.jobDescription });
  try {
    return await db.transaction(async (tx) => {
      if (idempotencyKey) {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`interview:${userId}:${idempotencyKey}`}, 0))`);
        const earlier = await findSubmitted(tx, voice, userId, idempotencyKey, now);
        if (earlier) return earlier;
      }
      const inProgress = await findInProgress(tx, userId);
      if (inProgress) throw new InterviewInProgressError(inProgress);
      const interviewId = crypto.randomUUID();
      await appendLedgerEntry(tx, {
        userId,
        delta: -interviewPolicy.creditsPerInterview,
        reason: 'interview',
        interviewId,
      });
      const registration = await voice.registerCall({ interviewId, userId }).catch((error: unknown) => {
        throw new CallRegistrationError(error);
      });
      await tx.insert(interviews).values({
        id: interviewId,
        userId,
        callId: registration.callId,
        voiceMode: voice.mode,
        candidateName: form.candidateName,
        jobTitle: form.jobTitle,
        jobDescription: form.jobDescription,
        resumeText: form.resumeText,
        field: classified.field,
        fieldSource: classified.source,
        fieldConfidence: classified.confidence,
        language: form.language,
        lengthMinutes: form.lengthMinutes,
        kind: form.kind,
        seniority: form.seniority,
        weakSpotFocus,
        interviewMode: form.interviewMode,
        idempotencyKey: idempotencyKey ?? null,
        accessToken: registration.accessToken,
        accessTokenExpiresAt: registration.accessTokenExpiresAt,
      });
      return { interviewId, call: { callId: registration.callId, accessToken: registration.accessToken, voice: voice.mode } };
    });
  } catch (error) {
    // Only reachable if the lock did not serialise the two (it always does on one database): answer the winner.
    if (idempotencyKey && pgErrorCode(error) === pgErrorCodes.uniqueViolation) {
      const earlier = await findSubmitted(db, voice, userId, idempotencyKey, now);
      if (earlier) return earlier;
    }
    throw error;
  }
}
