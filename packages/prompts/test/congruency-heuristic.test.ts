import { describe, expect, it } from 'vitest';
import { congruencyHeuristic } from '../src/congruency-heuristic.ts';

const backendJob = {
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD.',
};

describe('congruencyHeuristic', () => {
  it('does not end when the background matches no known field: unknown is not a mismatch', () => {
    const verdict = congruencyHeuristic(
      { ...backendJob, resumeText: 'Pastry chef. Ten years running a bakery: sourdough, croissants, cakes, kitchen staff.' },
      [{ role: 'user', content: 'I bake bread and manage the bakery kitchen.' }],
    );
    expect(verdict.fits).toBe(true);
  });

  it('flags a clear mismatch with high confidence', () => {
    const nurse = congruencyHeuristic(
      { ...backendJob, resumeText: 'Registered nurse in the ICU. Patient triage, medication, hospital protocols.' },
      [{ role: 'user', content: 'I have worked with patients in intensive care for eight years.' }],
    );
    expect(nurse).toMatchObject({ fits: false, confidence: 0.9 });
    expect(nurse.reason).toMatch(/Healthcare experience and almost none in Engineering/);
  });

  it('lets career changers with some overlap through', () => {
    const verdict = congruencyHeuristic(
      { ...backendJob, resumeText: 'ICU nurse, then a coding bootcamp: built Node.js and TypeScript APIs, Docker.' },
      [],
    );
    expect(verdict.fits).toBe(true);
  });

  it('never ends a broad, general job', () => {
    const verdict = congruencyHeuristic(
      { jobTitle: 'Office Manager', jobDescription: 'Keep the office running.', resumeText: 'Physicist, quantum optics.' },
      [],
    );
    expect(verdict.fits).toBe(true);
  });
});
