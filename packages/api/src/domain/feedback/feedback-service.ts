import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { feedback, interviews } from '../../db/schema.ts';
import type { FeedbackRequest, FeedbackWriter } from '../../ports/feedback-writer-port.ts';
import type { VoicePort } from '../../ports/voice-port.ts';
import { storeFinalTranscript } from '../interview/interview-store.ts';
import { candidateSpoke, type StoredTurn } from '../interview/transcript.ts';
import { feedbackContentSchema, type FeedbackContent, type StoredFeedback, type StoredFeedbackSource } from './feedback-content.ts';
import { enoughAnswersToJudge, speechMetrics, type SpeechMetrics } from './speech-metrics.ts';

export type FeedbackView =
  | { status: 'pending' }
  /** judged: enough real answers for the verdict to mean something (else the report says too few to judge). */
  | { status: 'ready'; feedback: StoredFeedback; metrics: SpeechMetrics; judged: boolean }
  | { status: 'failed'; error: string; canRetry: boolean }
  /** not_ended: the interview is still on; never_started: the candidate never spoke (and was refunded). */
  | { status: 'unavailable'; reason: 'not_ended' | 'never_started' };

export interface FeedbackLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface FeedbackServiceDeps {
  db: Database;
  writer: FeedbackWriter;
  /**
   * The local reviewer, when the writer is the model: a model review that fails is written by
   * it instead (stored as `rules-after-model-failure`), so a candidate is never left without one.
   */
  fallback?: FeedbackWriter | undefined;
  voice: Pick<VoicePort, 'fetchTranscript'>;
  logger: FeedbackLogger;
  /** How long `get` waits for a generation it started before answering "pending". */
  waitMs?: number;
  /** A pending claim older than this is taken over (its process died mid-generation). */
  staleAfterMs?: number;
  /** Bound on one generation (the model's answer included). */
  timeoutMs?: number;
}

/** Regenerations allowed after a failure, so a broken model cannot be hammered through us. */
export const MAX_FEEDBACK_ATTEMPTS = 5;

const FAILED_MESSAGE = 'The feedback could not be generated this time. Your interview is saved; try again.';

/** What a feedback row says, as the API answers it. */
function viewOf(row: typeof feedback.$inferSelect): FeedbackView {
  if (row.status === 'pending') return { status: 'pending' };
  if (row.status === 'failed') {
    return { status: 'failed', error: row.error ?? FAILED_MESSAGE, canRetry: row.attempts < MAX_FEEDBACK_ATTEMPTS };
  }
  const metrics = row.metrics as SpeechMetrics;
  return { status: 'ready', feedback: row.content as StoredFeedback, metrics, judged: enoughAnswersToJudge(metrics) };
}

/**
 * One review per interview, generated once and kept. The feedback row is the claim: the
 * first caller inserts it as pending and generates; everyone else reads it.
 */
export class FeedbackService {
  private readonly running = new Map<string, Promise<void>>();
  private readonly deps: Required<Omit<FeedbackServiceDeps, 'fallback'>> & Pick<FeedbackServiceDeps, 'fallback'>;

  constructor(deps: FeedbackServiceDeps) {
    this.deps = { waitMs: 1_500, staleAfterMs: 3 * 60_000, timeoutMs: 150_000, ...deps };
  }

  /** null: no such interview for this user (the same answer for someone else's). */
  async get(userId: string, interviewId: string): Promise<FeedbackView | null> {
    const interview = await this.ownedInterview(userId, interviewId);
    if (!interview) return null;
    if (interview.status !== 'ended') return { status: 'unavailable', reason: 'not_ended' };
    if (interview.endReason === 'never_started' || !interview.candidateSpoke) {
      return { status: 'unavailable', reason: 'never_started' };
    }
    // A review that exists is answered from this one read; only a missing or stale one is (re)claimed.
    const stored = interview.feedback;
    const stale = stored?.status === 'pending' && stored.updatedAt.getTime() < Date.now() - this.deps.staleAfterMs;
    if (stored && !stale) return viewOf(stored);
    const [claimed] = stored
      ? await this.reclaimStale(interviewId)
      : await this.deps.db
          .insert(feedback)
          .values({ interviewId, status: 'pending' })
          .onConflictDoNothing()
          .returning({ interviewId: feedback.interviewId });
    if (claimed) await this.startAndWait(interviewId);
    return this.read(interviewId);
  }

  /** Starts again after a failure. null: no such interview for this user. */
  async regenerate(userId: string, interviewId: string): Promise<FeedbackView | null> {
    const interview = await this.ownedInterview(userId, interviewId);
    if (!interview) return null;
    const [restarted] = await this.deps.db
      .update(feedback)
      .set({ status: 'pending', error: null, attempts: sql`${feedback.attempts} + 1`, updatedAt: new Date() })
      .where(and(eq(feedback.interviewId, interviewId), eq(feedback.status, 'failed'), lt(feedback.attempts, MAX_FEEDBACK_ATTEMPTS)))
      .returning({ interviewId: feedback.interviewId });
    if (restarted) await this.startAndWait(interviewId);
    return this.read(interviewId);
  }

  /** Resolves when every generation this process started has finished (for shutdown and tests). */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  /** The interview (if it is this user's) and its review row, in one query. */
  private async ownedInterview(userId: string, interviewId: string) {
    // Whether the candidate said anything is what the server recorded when it heard them,
    // not what a transcript says now.
    const [row] = await this.deps.db
      .select({
        status: interviews.status,
        endReason: interviews.endReason,
        candidateSpoke: sql<boolean>`${interviews.firstAnswerAt} is not null`,
        feedback,
      })
      .from(interviews)
      .leftJoin(feedback, eq(feedback.interviewId, interviews.id))
      .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
    return row;
  }

  private reclaimStale(interviewId: string) {
    return this.deps.db
      .update(feedback)
      .set({ updatedAt: new Date(), attempts: sql`${feedback.attempts} + 1` })
      .where(
        and(
          eq(feedback.interviewId, interviewId),
          eq(feedback.status, 'pending'),
          lt(feedback.updatedAt, new Date(Date.now() - this.deps.staleAfterMs)),
        ),
      )
      .returning({ interviewId: feedback.interviewId });
  }

  private async startAndWait(interviewId: string): Promise<void> {
    const job = this.generate(interviewId).finally(() => this.running.delete(interviewId));
    this.running.set(interviewId, job);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([job, new Promise((resolve) => (timer = setTimeout(resolve, this.deps.waitMs)))]);
    clearTimeout(timer);
  }

  private async read(interviewId: string): Promise<FeedbackView> {
    const [row] = await this.deps.db.select().from(feedback).where(eq(feedback.interviewId, interviewId));
    return row ? viewOf(row) : { status: 'pending' };
  }

  private async generate(interviewId: string): Promise<void> {
    const { db, logger, timeoutMs } = this.deps;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      const [interview] = await db.select().from(interviews).where(eq(interviews.id, interviewId));
      if (!interview) throw new Error('interview vanished');
      const transcript = await this.bestTranscript(interview);
      const language = interview.language;
      const metrics = speechMetrics(transcript, language, interview.endReason);
      const { content, source } = await this.write(
        interviewId,
        {
          brief: {
            candidateName: interview.candidateName,
            jobTitle: interview.jobTitle,
            jobDescription: interview.jobDescription,
            resumeText: interview.resumeText,
            field: interview.field ?? 'general',
            language,
            // The session as chosen: its interviewer's plan, and what its clock had room for.
            lengthMinutes: interview.lengthMinutes,
            kind: interview.kind,
            seniority: interview.seniority,
            focus: interview.weakSpotFocus,
            mode: interview.interviewMode,
          },
          transcript,
          metrics,
          endReason: interview.endReason,
        },
        signal,
      );
      // Whoever wrote it, nothing unvalidated is stored.
      const stored: StoredFeedback = { ...feedbackContentSchema.parse(content), source, language };
      await db
        .update(feedback)
        .set({ status: 'ready', content: stored, metrics, error: null, updatedAt: new Date() })
        .where(and(eq(feedback.interviewId, interviewId), eq(feedback.status, 'pending')));
    } catch (error) {
      logger.error({ err: error, interviewId }, 'feedback generation failed');
      await db
        .update(feedback)
        .set({ status: 'failed', error: FAILED_MESSAGE, updatedAt: new Date() })
        .where(and(eq(feedback.interviewId, interviewId), eq(feedback.status, 'pending')))
        .catch((cause: unknown) => logger.error({ err: cause, interviewId }, 'could not record the feedback failure'));
    }
  }

  /** The writer's review, or the fallback's when the writer fails (the model) and there is one (the local reviewer). */
  private async write(
    interviewId: string,
    request: FeedbackRequest,
    signal: AbortSignal,
  ): Promise<{ content: FeedbackContent; source: StoredFeedbackSource }> {
    const { writer, fallback, logger } = this.deps;
    try {
      // Validated here, so an answer the schema refuses falls back too.
      return { content: feedbackContentSchema.parse(await writer.write(request, signal)), source: writer.source };
    } catch (error) {
      if (!fallback || writer.source !== 'model') throw error;
      logger.warn({ err: error, interviewId }, 'the model review failed; the local reviewer writes it');
      return { content: await fallback.write(request, signal), source: 'rules-after-model-failure' };
    }
  }

  /**
   * The stored transcript, unless the voice provider has a better one: Retell's carries
   * word timings (for pace) and is final, so it is fetched when the webhook has not stored it.
   */
  private async bestTranscript(interview: { id: string; callId: string; transcript: StoredTurn[] }): Promise<StoredTurn[]> {
    const stored = interview.transcript;
    const { voice } = this.deps;
    if (!voice.fetchTranscript || stored.some((t) => t.words?.length)) return stored;
    try {
      const fetched = await voice.fetchTranscript(interview.callId);
      if (!fetched || !candidateSpoke(fetched) || fetched.length < stored.length) return stored;
      await storeFinalTranscript(this.deps.db, interview.id, fetched);
      return fetched;
    } catch (error) {
      this.deps.logger.warn({ err: error, interviewId: interview.id }, 'could not fetch the provider transcript; using the stored one');
      return stored;
    }
  }
}
