import { competencies } from '@voxly/config';
import { z } from 'zod';

// The competencies are the shared vocabulary's (packages/config/src/vocabulary/competencies.ts).
export { competencies };

export const verdicts = ['strong_hire', 'hire', 'lean_hire', 'lean_no_hire', 'no_hire'] as const;
export type Verdict = (typeof verdicts)[number];

const sentence = (max: number) => z.string().trim().min(1).max(max);

/**
 * The most questions a review covers: a 15-minute interview of quick typed answers can reach 20
 * and more, and a report must still be written for it (the reviewers keep the first ones asked).
 */
export const MAX_REVIEWED_QUESTIONS = 40;

/** A point the candidate can act on, tied to a moment in the transcript. */
const pointSchema = z.strictObject({
  point: sentence(300),
  /** A short quote from the transcript, or where to find the moment ("in your answer about …"). */
  evidence: sentence(400),
});

/**
 * What the feedback says, whoever wrote it: the model (validated against this schema) or
 * the rule-based evaluator. Bounded everywhere, so an oversized answer is refused, not stored.
 */
export const feedbackContentSchema = z.strictObject({
  overallScore: z.number().int().min(0).max(100),
  verdict: z.enum(verdicts),
  summary: sentence(800),
  ratings: z
    .array(
      z.strictObject({
        competency: z.enum(competencies),
        /** 1–5; null when the interview gave nothing to judge it on. */
        rating: z.number().int().min(1).max(5).nullable(),
        evidence: sentence(400),
      }),
    )
    .length(competencies.length)
    .refine((list) => new Set(list.map((r) => r.competency)).size === competencies.length, 'rate each competency once'),
  strengths: z.array(pointSchema).min(1).max(5),
  improvements: z.array(pointSchema).min(1).max(5),
  questions: z
    .array(
      z.strictObject({
        question: sentence(600),
        /** The answer's 1–5 judgement (the rule-based reviewer gives one; older reviews and the model may not). */
        rating: z.number().int().min(1).max(5).optional(),
        good: sentence(500),
        stronger: sentence(500),
        /**
         * An example of a stronger answer built from the resume's own facts (placeholders where
         * it has none), in four parts; older reviews have none.
         */
        example: z
          .strictObject({ situation: sentence(600), action: sentence(600), result: sentence(600), shows: sentence(600) })
          .optional(),
      }),
    )
    .max(MAX_REVIEWED_QUESTIONS),
});
export type FeedbackContent = z.infer<typeof feedbackContentSchema>;

/** The model must give 3–5 strengths and improvements; the rules give what the transcript supports. */
export const modelFeedbackSchema = feedbackContentSchema.extend({
  strengths: z.array(pointSchema).min(3).max(5),
  improvements: z.array(pointSchema).min(3).max(5),
});

/** JSON Schema for structured output, generated from the same zod schema that validates the answer. */
export const modelFeedbackJsonSchema = z.toJSONSchema(modelFeedbackSchema, { target: 'draft-7', unrepresentable: 'any' }) as Record<
  string,
  unknown
>;

/** Who wrote it: shown to the candidate, so rule-based feedback is never passed off as AI. */
export type FeedbackSource = 'model' | 'rules';

/**
 * Who wrote a stored review. `rules-after-model-failure`: a model is configured but its
 * review failed, and the local reviewer wrote this one instead (the report says so).
 */
export type StoredFeedbackSource = FeedbackSource | 'rules-after-model-failure';

export interface StoredFeedback extends FeedbackContent {
  source: StoredFeedbackSource;
  language: string;
}
