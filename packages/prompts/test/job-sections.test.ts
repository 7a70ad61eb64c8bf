import { describe, expect, it } from 'vitest';
import { jobSections } from '../src/field-detection/job-sections.ts';

const post = [
  'About us:',
  'We are a Series B fintech helping freelancers get paid.',
  '',
  'Responsibilities:',
  '- Design the invoicing flows in Figma',
  '',
  'Benefits:',
  'Health insurance',
].join('\n');

describe('jobSections', () => {
  it('drops the benefits section and keeps the employer’s presentation unless asked', () => {
    const kept = jobSections(post, { headings: 'drop' });
    expect(kept).toContain('fintech');
    expect(kept).toContain('invoicing flows');
    expect(kept).not.toContain('Health insurance');
  });

  it('drops the employer’s presentation, under its heading or inline, when asked, and keeps the job', () => {
    const inline = 'Sobre nós: somos uma fintech de crédito.\nAtividades:\n- Desenhar jornadas no app\nA empresa oferece vaga híbrida.';
    for (const text of [post, inline]) {
      const kept = jobSections(text, { headings: 'drop', company: 'drop' });
      expect(kept, text).not.toContain('fintech');
      expect(kept).toMatch(/invoicing flows|Desenhar jornadas/);
    }
    // A sentence that only starts like a heading is the job's, not a section.
    expect(jobSections(inline, { headings: 'drop', company: 'drop' })).toContain('A empresa oferece vaga híbrida.');
    expect(
      jobSections('Quiénes somos\nUna cadena de clínicas.\n\nFunciones:\nLlevar la contabilidad.', {
        headings: 'drop',
        company: 'drop',
      }).trim(),
    ).toBe('Llevar la contabilidad.');
  });
});
