import { languages } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { strongerAnswerLines } from '../../src/stronger-answer/stronger-answer-lines.ts';

// Resume lines end on their own marks ("…per shift.", "…por día.;"): the example's sentences never double them.
describe('the stronger answer’s sentences from resume lines', () => {
  it.each(languages)('%s: one closing mark, whatever the resume line ended on', (language) => {
    const lines = strongerAnswerLines[language];
    const said = [
      lines.action('Supervised a night team of 5 bakers.'),
      lines.action('reworked the dough schedule..'),
      lines.result('600 loaves per shift.;'),
      lines.shows('HACCP records, '),
    ];
    for (const sentence of said) expect(sentence, sentence).not.toMatch(/[.;,:]\s*[.;,:]|\s\./);
  });
});
