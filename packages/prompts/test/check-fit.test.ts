import { describe, expect, it } from 'vitest';
import { fitCaseCorpus, freshFitCases, type FitCase } from '../corpus/fit-case-corpus.ts';
import { scoreFit } from '../corpus/fit-evaluation.ts';
import { checkFit } from '../src/fit-check/check-fit.ts';

const cases = fitCaseCorpus();
const verdictOf = (fitCase: FitCase) => checkFit({ ...fitCase, language: fitCase.interviewLanguage });

const nurseJob = {
  jobTitle: 'Registered Nurse, ICU',
  jobDescription: 'Provide critical care to ICU patients, administer medications, monitor vital signs. Active RN license and BLS required.',
};

describe('the fit corpus', () => {
  it('has at least 200 cases, 60 per language, about 40 % mismatches, and hard fits', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
    for (const language of ['en', 'es', 'pt'] as const)
      expect(cases.filter((c) => c.language === language).length).toBeGreaterThanOrEqual(60);
    const mismatches = cases.filter((c) => !c.fits).length / cases.length;
    expect(mismatches).toBeGreaterThan(0.2);
    expect(cases.filter((c) => c.hard).length).toBeGreaterThanOrEqual(60);
  });
});

describe('checkFit', () => {
  it('never ends a held-out fitting case and catches clear mismatches in every language', () => {
    const score = scoreFit(cases.filter((c) => c.split === 'heldOut').map((c) => ({ case: c, verdict: verdictOf(c) })));
    const errors = score.errors.map((e) => `${e.case.language} ${e.case.job} ← ${e.case.background}: ${e.verdict.reason}`).join('\n');
    expect(score.falseEndings, errors).toBe(0);
    for (const language of ['en', 'es', 'pt'] as const) {
      const mine = score.perLanguage[language];
      expect(mine.caught / mine.mismatches, `${language}\n${errors}`).toBeGreaterThanOrEqual(0.85);
    }
  });

  it('holds on the second English set: new jobs and backgrounds, written after the check', () => {
    const score = scoreFit(freshFitCases().map((c) => ({ case: c, verdict: verdictOf(c) })));
    const errors = score.errors.map((e) => `${e.case.job} ← ${e.case.background}: ${e.verdict.reason}`).join('\n');
    expect(score.falseEndings, errors).toBe(0);
    expect(score.caught / score.mismatches, errors).toBeGreaterThanOrEqual(0.85);
  });

  it('reads a denial as a denial, not as evidence', () => {
    const cashier = 'Supermarket cashier for four years, cash and card payments, customer service.';
    const denies = checkFit({
      ...nurseJob,
      resumeText: cashier,
      answers: ["I don't have a nursing license or any clinical training."],
      language: 'en',
    });
    expect(denies.fits).toBe(false);
    const nurse = checkFit({
      ...nurseJob,
      resumeText: 'Registered nurse, 5 years in the ICU, RN license, BLS and ACLS.',
      answers: ['I have worked with ventilated patients for five years.'],
      language: 'en',
    });
    expect(nurse.fits).toBe(true);
  });

  it('names a missing must-have, truthfully, in the interview language', () => {
    const verdict = checkFit({
      jobTitle: 'Ingeniero/a Agrónomo/a',
      jobDescription:
        'Monitoreo de plagas y enfermedades en cultivos, planes de fertilización y ensayos de campo. Título de Ingeniero Agrónomo.',
      resumeText: 'Cajera de supermercado durante 4 años: cobros, atención al cliente y reposición.',
      answers: ['No sé nada de cultivos.'],
      language: 'es',
    });
    expect(verdict.fits).toBe(false);
    expect(verdict.missing.length).toBeGreaterThan(0);
    expect(verdict.reason).toContain(verdict.missing[0]);
    expect(verdict.reason).toMatch(/El puesto exige/);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('lets anyone into a role that trains from scratch, and never ends on a thin resume', () => {
    expect(
      checkFit({
        jobTitle: 'Warehouse Associate',
        jobDescription: 'Pick and pack orders. No experience required.',
        resumeText: 'Pastry chef, 10 years.',
        answers: [],
        language: 'en',
      }).fits,
    ).toBe(true);
    expect(checkFit({ ...nurseJob, resumeText: 'Eager to learn.', answers: ['I learn fast.'], language: 'en' }).fits).toBe(true);
  });
});
