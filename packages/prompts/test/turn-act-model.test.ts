import { describe, expect, it } from 'vitest';
import { turnTrainingDigest } from '../corpus/training-digest.ts';
import { overrideOfAnswer, turnActProbabilities, type TurnActModel } from '../src/listening/turn-act-classifier.ts';
import { turnActModel } from '../src/listening/turn-act-model.ts';
import { turnFeatures } from '../src/listening/turn-features.ts';

describe('the trained turn reader', () => {
  it('was trained on the tuning turns and the feature code as they are now (npm run train:turns)', () => {
    expect(turnActModel.trainedOn).toBe(turnTrainingDigest());
  });

  it('keeps answers almost never misread in cross-validation, and overrides only when sure', () => {
    const { answersMisread = Infinity, answers = 0 } = turnActModel.crossValidation ?? {};
    // Out of fold, over the act turns' answers and the graded answers alike: at most one in twenty-five.
    expect(answers).toBeGreaterThanOrEqual(500);
    expect(answersMisread / answers).toBeLessThanOrEqual(1 / 25);
    expect(turnActModel.overrideAt).toBeGreaterThanOrEqual(0.5);
    expect(turnActModel.classes).toContain('answer');
  });

  const model: TurnActModel = {
    version: 1,
    classes: ['answer', 'repeat_request'],
    bias: [0, 0],
    weights: { 'w:again': [1, 4000] },
    overrideAt: 0.9,
    maxWords: 10,
  };

  it('takes a turn away from "answer" only above its threshold and within its length', () => {
    const again = new Map([['w:again', 1]]);
    expect(turnActProbabilities(model, again)[1]).toBeGreaterThan(0.9);
    expect(overrideOfAnswer(model, again, 5)).toBe('repeat_request');
    expect(overrideOfAnswer(model, again, 11)).toBe('answer');
    expect(overrideOfAnswer({ ...model, overrideAt: 0.99 }, again, 5)).toBe('answer');
    expect(overrideOfAnswer(model, new Map(), 5)).toBe('answer');
  });

  it('reads the same cues the rules read, and how much the turn echoes the question', () => {
    const features = turnFeatures('sorry could you repeat the question', 'tell me about a time you failed', 'en');
    expect(features.get('cue:repeat')).toBe(1);
    expect(features.get('len:6-10')).toBe(1);
    expect(turnFeatures('biggest achievement', 'what is your biggest achievement', 'en').get('echo:most')).toBe(1);
  });
});
