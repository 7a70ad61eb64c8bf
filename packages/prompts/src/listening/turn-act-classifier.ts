import { softmaxOf, sparseLogits } from '../sparse-logistic.ts';
import type { DialogAct } from './dialog-act-kinds.ts';

/** The acts the trained reader tells apart (an empty turn needs no model). */
export type ModelledAct = Exclude<DialogAct, 'empty'>;

/**
 * A logistic regression over turn features, as `npm run train:turns` writes it: per feature
 * one weight per class (× 1000, zeros dropped), a bias per class, and the probability a
 * non-answer needs before it overrides the rules' "answer" — chosen by cross-validation so
 * real answers are almost never misread.
 */
export interface TurnActModel {
  version: 1;
  classes: ModelledAct[];
  bias: number[];
  /** feature → [classIndex, weight × 1000, …] */
  weights: Record<string, number[]>;
  /** A non-answer act overrides "answer" only at this probability or above. */
  overrideAt: number;
  /** The longest turn the model may take away from "answer", in words. */
  maxWords: number;
  crossValidation?: { folds: number; accuracy: number; answersMisread: number; answers: number; nonAnswersRecalled: number };
  trainedOn?: string;
}

/** Class probabilities for one turn's features. Pure. */
export function turnActProbabilities(model: TurnActModel, features: ReadonlyMap<string, number>): number[] {
  return softmaxOf(sparseLogits(model, features));
}

/**
 * What the model takes a turn the rules read as an answer for: a non-answer act when it is
 * sure enough and the turn is short enough, else `answer` (precision first).
 */
export function overrideOfAnswer(model: TurnActModel, features: ReadonlyMap<string, number>, words: number): ModelledAct {
  if (words > model.maxWords) return 'answer';
  const probabilities = turnActProbabilities(model, features);
  let best = 0;
  for (let c = 1; c < probabilities.length; c += 1) if ((probabilities[c] ?? 0) > (probabilities[best] ?? 0)) best = c;
  const act = model.classes[best] ?? 'answer';
  return act !== 'answer' && (probabilities[best] ?? 0) >= model.overrideAt ? act : 'answer';
}
