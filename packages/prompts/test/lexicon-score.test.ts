import { describe, expect, it } from 'vitest';
import { fieldTerms } from '../src/field-detection/field-lexicon.ts';
import { isFieldTerm, lexiconScores, scoredFields } from '../src/field-detection/lexicon-score.ts';
import { stemWord } from '../src/field-detection/stem-word.ts';

describe('isFieldTerm', () => {
  it('agrees with scoring the stem alone, for every one-word term of every field and some plain words', () => {
    const words = Object.values(fieldTerms).flatMap((terms) => Object.keys(terms).filter((term) => !term.includes(' ')));
    words.push('meeting', 'reunião', 'reunión', 'weekly', 'team');
    let fieldTermsSeen = 0;
    for (const word of words) {
      for (const language of ['en', 'es', 'pt'] as const) {
        const stem = stemWord(word, language);
        const scores = lexiconScores([stem]);
        for (const field of scoredFields) {
          expect(isFieldTerm(stem, field), `${word} (${language}) for ${field}`).toBe(scores[field] > 0);
          if (scores[field] > 0) fieldTermsSeen += 1;
        }
      }
    }
    expect(fieldTermsSeen).toBeGreaterThan(100);
  });
});

describe('stemWord', () => {
  it('gives the same stem from its cache as on first sight', () => {
    const words = ['engineering', 'engenheiras', 'diseñadora', 'mechanics', 'kubernetes', 'analistas'];
    const first = words.map((word) => ['en', 'es', 'pt'].map((language) => stemWord(word, language as 'en')));
    const again = words.map((word) => ['en', 'es', 'pt'].map((language) => stemWord(word, language as 'en')));
    expect(again).toEqual(first);
    expect(stemWord('engineering', 'en')).toBe('engineer');
    expect(stemWord('engenheiras', 'pt')).toBe(stemWord('engenheiro', 'pt'));
  });

  it('keeps the controller apart from quality or production control, in every language', () => {
    const controller = stemWord('controller', 'en');
    for (const [worker, language] of [
      ['controllers', 'en'],
      ['controlador', 'es'],
      ['controladora', 'pt'],
      ['controladores', 'pt'],
    ] as const)
      expect(stemWord(worker, language), worker).toBe(controller);
    for (const [activity, language] of [
      ['control', 'en'],
      ['controls', 'en'],
      ['control', 'es'],
      ['controles', 'es'],
      ['controle', 'pt'],
    ] as const) {
      expect(stemWord(activity, language), activity).not.toBe(controller);
      expect(isFieldTerm(stemWord(activity, language), 'finance'), activity).toBe(false);
    }
    expect(isFieldTerm(controller, 'finance')).toBe(true);
  });
});
