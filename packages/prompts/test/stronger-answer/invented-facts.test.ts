import { describe, expect, it } from 'vitest';
import { inventedFacts } from '../../src/stronger-answer/invented-facts.ts';
import { statedFacts } from '../../src/stronger-answer/resume-facts.ts';

const resume = [
  'Jordan Ellis — Des Moines, IA',
  'EDUCATION: B.S. Economics, Iowa State University, May 2024 (GPA 3.1)',
  'EXPERIENCE: Data Intern, Hy-Vee Corporate (Summer 2023) — built Excel reports of weekly store sales; cut vendor data errors by 40%.',
  'Sales Associate, Best Buy (2021–2024)',
].join('\n');

describe('statedFacts', () => {
  it('finds the figures, organisation-like names and degrees a text states', () => {
    const facts = statedFacts('At Hy-Vee Corporate I cut errors by 40% across 3,000 rows; I hold a B.S. from Iowa State University.');
    expect(facts.filter((f) => f.kind === 'figure').map((f) => f.text)).toEqual(['40%', '3,000']);
    expect(facts.filter((f) => f.kind === 'name').map((f) => f.text)).toEqual(['At Hy-Vee Corporate', 'B.S', 'Iowa State University']);
    expect(facts.filter((f) => f.kind === 'degree').map((f) => f.text)).toEqual(['b.s.']);
  });

  it('reads nothing into a placeholder', () => {
    expect(statedFacts('[your figure]: [what changed at Google]')).toEqual([]);
  });
});

describe('inventedFacts', () => {
  it('passes an answer made of the resume facts and placeholders', () => {
    const answer =
      'At Data Intern, Hy-Vee Corporate (Summer 2023): [what was at stake]. I did this myself: built Excel reports. The result: cut vendor data errors by 40%. [your figure] more.';
    expect(inventedFacts({ answer, resumeText: resume })).toEqual([]);
  });

  it('finds a figure the resume does not have, whatever its separators', () => {
    expect(inventedFacts({ answer: 'I cut errors by 35% on 3.000 rows.', resumeText: resume })).toEqual([
      { kind: 'figure', text: '35%' },
      { kind: 'figure', text: '3.000' },
    ]);
    expect(inventedFacts({ answer: 'It took 2,024 steps.', resumeText: resume })).toEqual([]);
  });

  it('finds an employer the resume does not name, in any position of the sentence', () => {
    expect(inventedFacts({ answer: 'At Amazon Web Services I led the team.', resumeText: resume })).toEqual([
      { kind: 'name', text: 'At Amazon Web Services' },
    ]);
    expect(inventedFacts({ answer: 'Later I moved to Mercado Libre, where I grew.', resumeText: resume })).toEqual([
      { kind: 'name', text: 'Mercado Libre' },
    ]);
    expect(inventedFacts({ answer: 'Trabajé en el Banco do Brasil durante el proyecto.', resumeText: resume })).toEqual([
      { kind: 'name', text: 'Banco do Brasil' },
    ]);
  });

  it('finds a degree the resume does not hold, in three languages', () => {
    expect(inventedFacts({ answer: 'my master’s degree helped', resumeText: resume }).map((f) => f.kind)).toEqual(['degree']);
    expect(inventedFacts({ answer: 'con mi maestría en datos', resumeText: resume }).map((f) => f.kind)).toEqual(['degree']);
    expect(inventedFacts({ answer: 'no meu mestrado aprendi', resumeText: resume }).map((f) => f.kind)).toEqual(['degree']);
    expect(inventedFacts({ answer: 'my economics degree, a B.S., helped', resumeText: resume })).toEqual([]);
  });

  it('lets the answer name the posting’s requirement it shows, and nothing else from the posting', () => {
    const answer = 'It shows what the role asks for: Power BI dashboards for Midwest Mutual.';
    expect(inventedFacts({ answer, resumeText: resume, allowed: ['Power BI dashboards'] })).toEqual([
      { kind: 'name', text: 'Midwest Mutual' },
    ]);
  });

  it('ignores the capital a sentence starts with, and acronyms only when the resume has them', () => {
    expect(inventedFacts({ answer: 'Situation first. Then the result.', resumeText: resume })).toEqual([]);
    expect(inventedFacts({ answer: 'SQL and Excel.', resumeText: resume })).toEqual([{ kind: 'name', text: 'SQL' }]);
  });
});
