import { fieldIds, type FieldId } from '../fields.ts';
import { softmaxOf, sparseLogits } from '../sparse-logistic.ts';

/**
 * A multinomial logistic regression over sparse features, as `npm run train:fields`
 * writes it: per feature one weight per class (in `classes` order, scaled by 1000 and
 * rounded, zeros dropped), a bias per class, the temperature that calibrates its
 * probabilities, and the probability below which the answer is General.
 */
export interface FieldModel {
  version: 1;
  classes: FieldId[];
  bias: number[];
  /** feature → [classIndex, weight × 1000, classIndex, weight × 1000, …] */
  weights: Record<string, number[]>;
  temperature: number;
  generalBelow: number;
  /** Subtracted from General's calibrated logit when classifying a job post: General is the answer of last resort. */
  generalOffset: number;
  /** Accuracy of the chosen settings in k-fold cross-validation on the train side. */
  crossValidation?: { folds: number; accuracy: number };
  /** The digest of the corpus and feature code it was trained on (corpus/training-digest.ts). */
  trainedOn?: string;
}

/**
 * Calibrated class probabilities for one feature vector. For a job post General is
 * lowered by the model's offset (a specialist post must not be called General); for a
 * person's text (`asJobPost: false`) it is not, so a barista's resume full of words the
 * corpus never saw stays General instead of leaking into the fields.
 */
export function classProbabilities(model: FieldModel, features: ReadonlyMap<string, number>, { asJobPost = true } = {}): number[] {
  const general = model.classes.indexOf('general');
  const logits = sparseLogits(model, features);
  return softmaxOf(Array.from(logits, (logit, c) => logit / model.temperature - (asJobPost && c === general ? model.generalOffset : 0)));
}

export interface FieldDecision {
  field: FieldId;
  confidence: number;
}

/** One feature's weight for one class, 0 when the model has none. */
export function featureWeight(model: FieldModel, feature: string, classIndex: number): number {
  const row = model.weights[feature];
  if (!row) return 0;
  for (let i = 0; i < row.length; i += 2) if (row[i] === classIndex) return (row[i + 1] as number) / 1000;
  return 0;
}

/** The most probable field, or General when the model is not sure enough. */
export function decideField(model: FieldModel, probabilities: number[]): FieldDecision {
  let best = 0;
  for (let i = 1; i < probabilities.length; i += 1) if ((probabilities[i] ?? 0) > (probabilities[best] ?? 0)) best = i;
  const field = model.classes[best] ?? 'general';
  const p = probabilities[best] ?? 0;
  if (field !== 'general' && p < model.generalBelow) {
    const general = probabilities[model.classes.indexOf('general')] ?? 0;
    return { field: 'general', confidence: round(Math.max(general, 1 - p)) };
  }
  return { field, confidence: round(p) };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Every field the model knows, so a model trained on another taxonomy is refused at load. */
export function assertModelFields(model: FieldModel): FieldModel {
  for (const field of model.classes) if (!fieldIds.includes(field)) throw new Error(`The field model has an unknown class: ${field}`);
  return model;
}
