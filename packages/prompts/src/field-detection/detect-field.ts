import { classProbabilities, decideField, type FieldDecision } from './field-classifier.ts';
import { fieldFeatures } from './field-features.ts';
import { fieldModel as model } from './trained-model.ts';

export interface FieldDetectionInput {
  jobTitle: string;
  jobDescription: string;
}

export type FieldDetection = FieldDecision;

/**
 * The job's field from its title and description only (never the resume: the job decides
 * what the interview is about). A logistic-regression model trained on the labelled
 * corpus (`npm run train:fields`); `confidence` is its calibrated probability, and the
 * answer is General when no field is likely enough.
 */
export function detectField({ jobTitle, jobDescription }: FieldDetectionInput): FieldDetection {
  return decideField(model, classProbabilities(model, fieldFeatures({ jobTitle, jobDescription })));
}
