import type { WeakSpotFocus } from '@voxly/config';
import { interviewPlan, openingQuestion, questionPlan } from '@voxly/prompts';
import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { feedback, interviews } from '../../db/schema.ts';
import type { FeedbackContent } from '../feedback/feedback-content.ts';
import { weakSpotsOf } from './weak-spots.ts';

/**
 * The weak spots of the candidate's own most recent finished report (a review that is
 * ready), read on the server: what a focused interview aims at. Null when there is no such
 * report, or it rated nothing.
 */
export async function lastWeakSpots(db: Executor, userId: string): Promise<WeakSpotFocus | null> {
  const [last] = await db
    .select({
      id: interviews.id,
      field: interviews.field,
      language: interviews.language,
      jobTitle: interviews.jobTitle,
      jobDescription: interviews.jobDescription,
      resumeText: interviews.resumeText,
      kind: interviews.kind,
      seniority: interviews.seniority,
      focus: interviews.weakSpotFocus,
      content: feedback.content,
    })
    .from(interviews)
    .innerJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
    .where(eq(interviews.userId, userId))
    .orderBy(desc(interviews.createdAt))
    .limit(1);
  if (!last?.content) return null;
  // The questions that interview could have asked, with what each was about: its own plan, the bank's and the opening.
  const brief = { ...last, field: last.field ?? 'general' };
  const asked = [
    openingQuestion(brief.language),
    ...interviewPlan(brief).map((p) => p.question),
    ...questionPlan(brief.field, brief.language),
  ];
  return weakSpotsOf(last.id, last.content as FeedbackContent, asked);
}
