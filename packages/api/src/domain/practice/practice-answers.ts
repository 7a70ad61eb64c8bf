import { plainText, practicePolicy, type Language } from '@voxly/config';
import { reviewAnswer, type AnswerReview } from '@voxly/prompts';
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Executor } from '../../db/database.ts';
import { pgErrorCode, pgErrorCodes } from '../../db/pg-error.ts';
import { feedback, interviews, practiceAnswers } from '../../db/schema.ts';
import type { StoredFeedback } from '../feedback/feedback-content.ts';

export const practiceQuestionInput = z.strictObject({
  interviewId: z.uuid('Not an interview id.'),
  questionIndex: z.number().int().min(0).max(14),
});

export const practiceAnswerInput = practiceQuestionInput.extend({
  answer: plainText({ label: 'Your answer', min: 1, max: practicePolicy.maxAnswerChars, multiline: true, trim: true }),
});

export interface PracticeQuestion {
  question: string;
  jobTitle: string;
  language: Language;
  answersLeft: number;
  /** This interview's practice answers so far, newest last. */
  earlier: { questionIndex: number; score: number }[];
}

export type PracticeOutcome = { kind: 'reviewed'; review: AnswerReview; answersLeft: number } | { kind: 'not-found' } | { kind: 'used-up' };

/** The question of the owner's reviewed interview, or null (not theirs, not reviewed, no such question). */
async function reviewedQuestion(db: Executor, userId: string, interviewId: string, questionIndex: number) {
  const [row] = await db
    .select({
      jobTitle: interviews.jobTitle,
      jobDescription: interviews.jobDescription,
      language: interviews.language,
      content: feedback.content,
    })
    .from(interviews)
    .innerJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  const question = (row?.content as StoredFeedback | null | undefined)?.questions[questionIndex]?.question;
  if (!row || !question) return null;
  return { jobTitle: row.jobTitle, jobDescription: row.jobDescription, language: row.language, question: unquoted(question) };
}

/** The report shows a question in quotation marks; the drill asks it plainly. */
function unquoted(question: string): string {
  return question.replace(/^[“"«]\s*/, '').replace(/\s*[”"»]$/, '');
}

async function answersSoFar(db: Executor, interviewId: string) {
  return db
    .select({ questionIndex: practiceAnswers.questionIndex, score: sql<number>`(${practiceAnswers.review}->>'score')::real` })
    .from(practiceAnswers)
    .where(eq(practiceAnswers.interviewId, interviewId))
    .orderBy(asc(practiceAnswers.attempt));
}

/** One question to practise, with how many free practice answers the interview has left. */
export async function practiceQuestion(
  db: Database,
  userId: string,
  input: z.infer<typeof practiceQuestionInput>,
): Promise<PracticeQuestion | null> {
  const asked = await reviewedQuestion(db, userId, input.interviewId, input.questionIndex);
  if (!asked) return null;
  const earlier = await answersSoFar(db, input.interviewId);
  return {
    question: asked.question,
    jobTitle: asked.jobTitle,
    language: asked.language,
    answersLeft: Math.max(0, practicePolicy.answersPerInterview - earlier.length),
    earlier,
  };
}

/**
 * Judges a practice answer with the reviewer (the same per-answer judgement as the report)
 * and keeps it, as the interview's next attempt. Under a per-interview lock, so concurrent
 * submits are counted one by one; the attempt's range and uniqueness are the database's
 * rules, which no race can pass.
 */
export async function answerPractice(db: Database, userId: string, input: z.infer<typeof practiceAnswerInput>): Promise<PracticeOutcome> {
  const asked = await reviewedQuestion(db, userId, input.interviewId, input.questionIndex);
  if (!asked) return { kind: 'not-found' };
  const review = reviewAnswer({ ...asked, answer: input.answer });
  try {
    return await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`practice:${input.interviewId}`}, 0))`);
      // The same answer to the same question as the last one is that attempt again (a double click, a
      // retried request): it is judged alike, so it answers as before and spends nothing.
      const [last] = await tx
        .select({ attempt: practiceAnswers.attempt, questionIndex: practiceAnswers.questionIndex, answer: practiceAnswers.answer })
        .from(practiceAnswers)
        .where(eq(practiceAnswers.interviewId, input.interviewId))
        .orderBy(desc(practiceAnswers.attempt))
        .limit(1);
      if (last && last.questionIndex === input.questionIndex && last.answer === input.answer)
        return { kind: 'reviewed', review, answersLeft: practicePolicy.answersPerInterview - last.attempt } as const;
      const [used] = await tx.select({ n: count() }).from(practiceAnswers).where(eq(practiceAnswers.interviewId, input.interviewId));
      const attempt = (used?.n ?? 0) + 1;
      if (attempt > practicePolicy.answersPerInterview) return { kind: 'used-up' } as const;
      await tx.insert(practiceAnswers).values({
        interviewId: input.interviewId,
        attempt,
        questionIndex: input.questionIndex,
        question: asked.question,
        answer: input.answer,
        review,
      });
      return { kind: 'reviewed', review, answersLeft: practicePolicy.answersPerInterview - attempt } as const;
    });
  } catch (error) {
    const code = pgErrorCode(error);
    if (code === pgErrorCodes.uniqueViolation || code === pgErrorCodes.checkViolation) return { kind: 'used-up' };
    throw error;
  }
}
