import type { FieldModel } from '../src/field-detection/field-classifier.ts';
import { fieldIds, type FieldId } from '../src/fields.ts';
import { compactWeights, trainLogistic as trainAny, type LogisticModel, type TrainingOptions } from './train-logistic.ts';

export { rawProbabilities, type TrainingOptions } from './train-logistic.ts';

export interface TrainingExample {
  features: ReadonlyMap<string, number>;
  field: FieldId;
}

/** The field classifier's training: classes in the taxonomy's order. */
export function trainLogistic(examples: TrainingExample[], options: TrainingOptions): LogisticModel<FieldId> {
  return trainAny(
    examples.map((example) => ({ features: example.features, label: example.field })),
    // A title's words are kept even when one post alone has them.
    { ...options, keepRare: /^(t|hf|hl):/ },
    fieldIds,
  );
}

/** The committed form, with the field classifier's calibration. */
export function compactModel(model: LogisticModel<FieldId>, temperature: number, generalBelow: number, generalOffset: number): FieldModel {
  return {
    version: 1,
    classes: model.classes,
    bias: model.bias.map((value) => Math.round(value * 1000) / 1000),
    weights: compactWeights(model),
    temperature,
    generalBelow,
    generalOffset,
  };
}
