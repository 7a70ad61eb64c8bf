import { describe, expect, it } from 'vitest';
import { independentFitCases, tuningDirectory } from '../corpus/independent-sets.ts';
import { checkFit } from '../src/fit-check/check-fit.ts';

const cut = (text: string, share: number) => text.slice(0, Math.floor(text.length * share));

describe('the title’s own world in what the candidate did', () => {
  // An Army supply sergeant for a farm cooperative's Warehouse Operations Manager, the posting cut to half: "basically it's a
  // warehouse" is the title's own world, said of what he ran.
  it('keeps a candidate who says they ran the very thing the title names, in a job no licence closes', () => {
    const sergeant = independentFitCases(tuningDirectory).find((c) => c.id === 'tg3-fit-en-10');
    expect(sergeant?.fits).toBe(true);
    const trimmed = { ...sergeant!, jobDescription: cut(sergeant!.jobDescription, 1 / 2) };
    expect(checkFit({ ...trimmed, language: trimmed.interviewLanguage }).fits).toBe(true);
  });

  it('is no claim of a licensed trade: an HR coordinator who schedules the weld tests is no welder', () => {
    const welder = independentFitCases(tuningDirectory).find((c) => c.id === 'tf-en-28');
    expect(welder?.fits).toBe(false);
    expect(checkFit({ ...welder!, language: welder!.interviewLanguage }).fits).toBe(false);
  });

  // The robustness bench's cuts, on the tuning cases: a fitting candidate still fits on part of the story.
  it('ends no fitting tuning candidate when the resume or the posting is cut to half', () => {
    const fitting = independentFitCases(tuningDirectory).filter((c) => c.fits);
    const ended = fitting.flatMap((c) =>
      [
        { ...c, resumeText: cut(c.resumeText, 1 / 2) },
        { ...c, jobDescription: cut(c.jobDescription, 1 / 2) },
      ]
        .filter((trimmed) => !checkFit({ ...trimmed, language: trimmed.interviewLanguage }).fits)
        .map(() => c.id),
    );
    expect(ended).toEqual([]);
  });
});
