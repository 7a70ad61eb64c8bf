import type { FitVerdict } from '../src/fit-check/check-fit.ts';
import type { FitCase } from './fit-case-corpus.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

export interface FitOutcome {
  case: FitCase;
  verdict: FitVerdict;
}

export interface FitScore {
  fitting: number;
  falseEndings: number;
  mismatches: number;
  caught: number;
  perLanguage: Record<CorpusLanguage, { fitting: number; falseEndings: number; mismatches: number; caught: number }>;
  errors: FitOutcome[];
}

/** False endings among fitting cases and caught mismatches, overall and per language. */
export function scoreFit(outcomes: FitOutcome[]): FitScore {
  const count = (list: FitOutcome[]) => ({
    fitting: list.filter((o) => o.case.fits).length,
    falseEndings: list.filter((o) => o.case.fits && !o.verdict.fits).length,
    mismatches: list.filter((o) => !o.case.fits).length,
    caught: list.filter((o) => !o.case.fits && !o.verdict.fits).length,
  });
  const perLanguage = {} as FitScore['perLanguage'];
  for (const language of ['en', 'es', 'pt'] as const) perLanguage[language] = count(outcomes.filter((o) => o.case.language === language));
  return { ...count(outcomes), perLanguage, errors: outcomes.filter((o) => o.case.fits !== o.verdict.fits) };
}

export function formatFitScore(name: string, score: FitScore): string {
  const caught = (s: { mismatches: number; caught: number }) =>
    `${s.caught}/${s.mismatches} caught (${((s.caught / Math.max(1, s.mismatches)) * 100).toFixed(0)} %)`;
  const languages = (['en', 'es', 'pt'] as const)
    .map((language) => `${language} ${score.perLanguage[language].falseEndings} false endings, ${caught(score.perLanguage[language])}`)
    .join('; ');
  return `${name}: ${score.falseEndings} false endings of ${score.fitting} fitting, ${caught(score)}; ${languages}`;
}
