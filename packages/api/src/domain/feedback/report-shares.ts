import { randomBytes } from 'node:crypto';
import { shareTokenPattern, type FieldId, type InterviewMode, type Language, type SessionSetup, type WeakSpotFocus } from '@voxly/config';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { feedback, interviews, reportShares } from '../../db/schema.ts';
import type { StoredFeedback } from './feedback-content.ts';
import { nameRedactor, redactStrings } from './redact-name.ts';
import { enoughAnswersToJudge, type SpeechMetrics } from './speech-metrics.ts';

/** 32 random bytes, base64url (shareTokenPattern): the only key to a shared report, so it must not be guessable. */
export const shareTokenInput = z.strictObject({ token: z.string().regex(shareTokenPattern, 'Not a share link.') });

/** What a shared report shows: the review and what it is about, nothing of the account. */
export interface SharedReport {
  jobTitle: string;
  field: FieldId | null;
  language: Language;
  createdAt: Date;
  /** The session the candidate chose: length, kind, level, and real or coached. */
  setup: Omit<SessionSetup, 'lengthMinutes'> & { lengthMinutes: number; interviewMode: InterviewMode };
  transcript: { role: 'agent' | 'user'; content: string }[];
  feedback: StoredFeedback;
  metrics: SpeechMetrics;
  /** Enough real answers for a verdict (see enoughAnswersToJudge). */
  judged: boolean;
  /**
   * For an interview that aimed at the last report's weak spots: those competencies and the rating
   * they had then, so the reader sees the change. Not the past questions nor which interview it was.
   */
  weakSpotFocus: Pick<WeakSpotFocus, 'competencies'> | null;
}

/** The owner's ready review, or null (not theirs, not found, not reviewed yet). */
async function ownedReviewedInterview(db: Database, userId: string, interviewId: string) {
  const [row] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .innerJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  return row ?? null;
}

/** Whether the interview is the caller's, and then its live share token (null: sharing is off). */
export type ShareState = { found: false } | { found: true; token: string | null };

/** The share state of the owner's review; `found: false` for anyone else. */
export async function shareTokenOf(db: Database, userId: string, interviewId: string): Promise<ShareState> {
  const [row] = await db
    .select({ token: reportShares.token, revokedAt: reportShares.revokedAt })
    .from(interviews)
    .leftJoin(reportShares, eq(reportShares.interviewId, interviews.id))
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!row) return { found: false };
  return { found: true, token: row.token && !row.revokedAt ? row.token : null };
}

/**
 * Turns sharing on (idempotent: a live share keeps its token; a revoked one gets a new token,
 * so an old link never works again). 'not-found' for anything but the owner's reviewed interview.
 */
export async function shareReport(db: Database, userId: string, interviewId: string): Promise<ShareState> {
  if (!(await ownedReviewedInterview(db, userId, interviewId))) return { found: false };
  const token = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(reportShares)
    .values({ interviewId, token })
    .onConflictDoUpdate({
      target: reportShares.interviewId,
      set: {
        token: sql`case when ${reportShares.revokedAt} is null then ${reportShares.token} else excluded.token end`,
        revokedAt: null,
      },
    })
    .returning({ token: reportShares.token });
  return row ? { found: true, token: row.token } : { found: false };
}

/** Turns sharing off: the link stops working at once. False when it is not the owner's. */
export async function unshareReport(db: Database, userId: string, interviewId: string): Promise<boolean> {
  const [owned] = await db
    .select({ id: interviews.id })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!owned) return false;
  await db
    .update(reportShares)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(reportShares.interviewId, interviewId), isNull(reportShares.revokedAt)));
  return true;
}

/** The report behind a live share link, read-only; null for an unknown or revoked link. */
export async function sharedReport(db: Database, token: string): Promise<SharedReport | null> {
  const [row] = await db
    .select({
      jobTitle: interviews.jobTitle,
      field: interviews.field,
      language: interviews.language,
      createdAt: interviews.createdAt,
      lengthMinutes: interviews.lengthMinutes,
      kind: interviews.kind,
      seniority: interviews.seniority,
      interviewMode: interviews.interviewMode,
      transcript: interviews.transcript,
      candidateName: interviews.candidateName,
      weakSpotFocus: interviews.weakSpotFocus,
      content: feedback.content,
      metrics: feedback.metrics,
    })
    .from(reportShares)
    .innerJoin(interviews, eq(interviews.id, reportShares.interviewId))
    .innerJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
    .where(and(eq(reportShares.token, token), isNull(reportShares.revokedAt)));
  if (!row) return null;
  // The name was said in the call (the greeting at least); a shared copy does not carry it.
  const redact = nameRedactor(row.candidateName);
  return {
    jobTitle: row.jobTitle,
    field: row.field,
    language: row.language,
    createdAt: row.createdAt,
    // The session's setup, as the owner's report shows it: a coached report must read as one wherever it is read.
    setup: { lengthMinutes: row.lengthMinutes, kind: row.kind, seniority: row.seniority, interviewMode: row.interviewMode },
    transcript: row.transcript.map(({ role, content }) => ({ role, content: redact(content) })),
    feedback: redactStrings(row.content as StoredFeedback, redact),
    metrics: row.metrics as SpeechMetrics,
    judged: enoughAnswersToJudge(row.metrics as SpeechMetrics),
    weakSpotFocus: row.weakSpotFocus ? { competencies: row.weakSpotFocus.competencies } : null,
  };
}
