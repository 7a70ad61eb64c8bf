import type { TurnActModel } from './turn-act-classifier.ts';
import trained from './turn-act-model.json' with { type: 'json' };

/** The committed turn reader (`npm run train:turns` writes it). */
export const turnActModel = trained as TurnActModel;
