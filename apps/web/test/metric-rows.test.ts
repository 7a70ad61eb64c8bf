import { describe, expect, it } from 'vitest';
import { metricRows } from '../src/feedback/metric-rows.ts';
import { i18next, loadLanguage } from '../src/i18n/i18n.ts';

const metrics = {
  candidateWords: 300,
  interviewerWords: 120,
  talkShare: 0.7,
  answers: 6,
  averageAnswerWords: 50,
  longestAnswerWords: 120,
  shortAnswers: 1,
  longAnswers: 0,
  fillers: { total: 2, perHundredWords: 0.7, top: [] },
  wordsPerMinute: 140,
  endReason: 'candidate_ended' as const,
};

describe('the report’s speech metrics, with the answer-length thresholds from the shared vocabulary', () => {
  it.each([
    ['en', 'under 12 words', 'over 250', 'You ended it'],
    ['es', 'menos de 12 palabras', 'más de 250', 'La terminaste tú'],
    ['pt-BR', 'menos de 12 palavras', 'mais de 250', 'Você encerrou'],
  ] as const)('names the thresholds and the ending in %s', async (language, short, long, ending) => {
    await loadLanguage(language);
    const rows = metricRows(metrics, i18next.getFixedT(language), language);
    const shortLong = rows.find((r) => r.guide.includes(short));
    expect(shortLong?.guide).toContain(long);
    expect(rows.at(-1)?.value).toBe(ending);
  });
});
