import { detectField, fieldIds, fieldJsonSchema, fieldMessages, type FieldId } from '@voxly/prompts';
import { z } from 'zod';
import type { FieldSource } from '../../db/column-types.ts';
import type { LanguageModelPort } from '../../ports/language-model-port.ts';

interface FieldClassification {
  field: FieldId;
  confidence: number;
  source: FieldSource;
}

export type FieldClassifier = (job: { jobTitle: string; jobDescription: string }) => Promise<FieldClassification>;

/** The model has this long to classify a post before the local classifier answers instead. */
const FIELD_MODEL_TIMEOUT_MS = 2_000;

const fieldSchema = z.object({ field: z.enum(fieldIds), confidence: z.number().min(0).max(1) });

/**
 * The job's field: the model's structured answer when a model is configured and answers
 * within the timeout, else the local classifier. Either way the answer says who decided.
 */
export function fieldClassifier(
  llm: Pick<LanguageModelPort, 'mode' | 'judge'>,
  onModelFailure: (error: unknown) => void = () => undefined,
): FieldClassifier {
  return async (job) => {
    const local = (): FieldClassification => ({ ...detectField(job), source: 'local' });
    if (llm.mode === 'scripted') return local();
    try {
      const answer = await llm.judge(
        {
          purpose: 'field',
          messages: fieldMessages(job),
          jsonSchema: fieldJsonSchema,
          schema: fieldSchema,
          timeoutMs: FIELD_MODEL_TIMEOUT_MS,
        },
        AbortSignal.timeout(FIELD_MODEL_TIMEOUT_MS),
      );
      return { field: answer.field, confidence: Math.round(answer.confidence * 100) / 100, source: 'model' };
    } catch (error) {
      onModelFailure(error);
      return local();
    }
  };
}
