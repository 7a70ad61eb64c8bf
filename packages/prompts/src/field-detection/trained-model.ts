import { assertModelFields, type FieldModel } from './field-classifier.ts';
import trained from './field-model.json' with { type: 'json' };

/** The committed field model (`npm run train:fields` writes it), checked once at load. */
export const fieldModel = assertModelFields(trained as FieldModel);
