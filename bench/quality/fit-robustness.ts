/**
 * The fit check on less than the whole story (#27): the same fit cases with the resume cut to
 * half or a third, pasted as one line, only the first answer heard, or the posting cut in half.
 * A candidate who fits still fits on part of their resume; the false endings counted here are
 * the short-resume risk the full cases hide. Counts only, on the tuning and the frozen
 * independent cases (never listed for the independent set).
 */
import { checkFit } from '@voxly/prompts';
import { independentFitCases, tuningDirectory } from '@voxly/prompts/corpus';

type FitCase = ReturnType<typeof independentFitCases>[number];

const cut = (text: string, share: number) => text.slice(0, Math.floor(text.length * share));

const trimmings: Record<string, (c: FitCase) => FitCase> = {
  'resume cut to half': (c) => ({ ...c, resumeText: cut(c.resumeText, 1 / 2) }),
  'resume cut to a third': (c) => ({ ...c, resumeText: cut(c.resumeText, 1 / 3) }),
  'resume on one line': (c) => ({ ...c, resumeText: c.resumeText.replace(/\s*\n\s*/g, ' ; ') }),
  'first answer only': (c) => ({ ...c, answers: c.answers.slice(0, 1) }),
  'posting cut to half': (c) => ({ ...c, jobDescription: cut(c.jobDescription, 1 / 2) }),
};

function falseEndings(cases: FitCase[]): string {
  const fitting = cases.filter((c) => c.fits);
  return Object.entries(trimmings)
    .map(([name, trim]) => {
      const ended = fitting.filter((c) => {
        const trimmed = trim(c);
        return !checkFit({ ...trimmed, language: trimmed.interviewLanguage }).fits;
      }).length;
      return `${name} ${ended}`;
    })
    .join('; ');
}

/** Prints the false endings of fitting candidates under each trimming, tuning and independent. */
export function fitRobustnessReport(): void {
  const tuning = independentFitCases(tuningDirectory);
  const independent = independentFitCases();
  console.log('\nFit check on part of the story (false endings of fitting candidates)');
  console.log(`  tuning (${tuning.filter((c) => c.fits).length} fitting): ${falseEndings(tuning)}`);
  console.log(`  independent (frozen, ${independent.filter((c) => c.fits).length} fitting): ${falseEndings(independent)}`);
}
