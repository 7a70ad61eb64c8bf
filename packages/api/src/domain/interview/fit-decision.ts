import { MISMATCH_CONFIDENCE_THRESHOLD, type FitVerdict } from '@voxly/prompts';
import type { FitDecision } from '../../db/column-types.ts';

export type { FitDecision };

/** The model's verdict, as the congruency schema validates it. */
export interface ModelFitVerdict {
  fits: boolean;
  confidence: number;
  reason: string;
}

/**
 * One fit decision from the local check and, when a model is configured, the model's.
 * Biased against ending: the model's confident "does not fit" stands unless the local
 * check found the job's must-haves in the candidate's own words, which overrules it.
 */
export function decideFit(local: FitVerdict, model?: ModelFitVerdict): FitDecision {
  if (!model) return { ...local, decidedBy: 'local' };
  const modelEnds = !model.fits && model.confidence >= MISMATCH_CONFIDENCE_THRESHOLD;
  if (modelEnds && local.fits && local.confidence >= MISMATCH_CONFIDENCE_THRESHOLD) return { ...local, decidedBy: 'local-over-model' };
  return { ...model, missing: local.missing, decidedBy: 'model' };
}

/** Whether a decision ends the interview: only a confident "does not fit". */
export function endsInterview(decision: FitDecision): boolean {
  return !decision.fits && decision.confidence >= MISMATCH_CONFIDENCE_THRESHOLD;
}
