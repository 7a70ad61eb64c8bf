import type { FieldId } from '../src/fields.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

export interface FieldOutcome {
  language: CorpusLanguage;
  title: string;
  expected: FieldId;
  detected: FieldId;
}

export interface FieldScore {
  total: number;
  accuracy: number;
  perLanguage: Record<CorpusLanguage, { total: number; accuracy: number }>;
  /** Of the posts called General, the share that are General. */
  generalPrecision: number;
  confusions: FieldOutcome[];
}

function share(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

/** Accuracy overall and per language, General's precision, and every miss. */
export function scoreFields(outcomes: FieldOutcome[]): FieldScore {
  const perLanguage = {} as FieldScore['perLanguage'];
  for (const language of ['en', 'es', 'pt'] as const) {
    const mine = outcomes.filter((outcome) => outcome.language === language);
    perLanguage[language] = { total: mine.length, accuracy: share(mine.filter((o) => o.expected === o.detected).length, mine.length) };
  }
  const calledGeneral = outcomes.filter((outcome) => outcome.detected === 'general');
  return {
    total: outcomes.length,
    accuracy: share(outcomes.filter((o) => o.expected === o.detected).length, outcomes.length),
    perLanguage,
    generalPrecision: share(calledGeneral.filter((o) => o.expected === 'general').length, calledGeneral.length),
    confusions: outcomes.filter((o) => o.expected !== o.detected),
  };
}

export function formatFieldScore(name: string, score: FieldScore): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const languages = (['en', 'es', 'pt'] as const)
    .map((language) => `${language} ${percent(score.perLanguage[language].accuracy)} (${score.perLanguage[language].total})`)
    .join(', ');
  return `${name}: ${percent(score.accuracy)} of ${score.total} posts; ${languages}; General precision ${percent(score.generalPrecision)}`;
}
