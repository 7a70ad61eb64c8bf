import { describe, expect, it } from 'vitest';
import { detectField } from '../src/field-detection/detect-field.ts';
import { withoutCollaborators } from '../src/listening/collaborators.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';

const isVerb = (word: string) => ['build', 'ship', 'emitir', 'fazer', 'lead'].includes(word);
const phrasesOf = (jobTitle: string, jobDescription: string, language: 'en' | 'es' | 'pt-BR') =>
  requirementPhrases({ jobTitle, jobDescription, resumeText: '', field: detectField({ jobTitle, jobDescription }).field, language }).map(
    (p) => p.phrase,
  );

describe('withoutCollaborators', () => {
  it('blanks the people a duty is done with, up to the task they are for', () => {
    const sentence = 'Work with engineering, risk and compliance to ship features safely.';
    const out = withoutCollaborators(sentence, isVerb);
    expect(out).toHaveLength(sentence.length);
    expect(out).not.toMatch(/engineering|risk|compliance/);
    expect(out).toContain('to ship features safely.');
  });

  it('stops the list at a comma followed by a verb, in any language', () => {
    const out = withoutCollaborators('acompanhar processos junto à Equatorial Goiás e outras distribuidoras, além de emitir ART', isVerb);
    expect(out).not.toContain('Equatorial');
    expect(out).toContain('emitir ART');
  });

  it('keeps a tool after "experience working with"', () => {
    const sentence = '3+ years of experience working with Kafka and PostgreSQL.';
    expect(withoutCollaborators(sentence, isVerb)).toBe(sentence);
  });
});

describe('must-haves are never colleagues', () => {
  it('asks about payment rails and NACHA rules, not "bank" or "risk"', () => {
    const phrases = phrasesOf(
      'Senior Product Manager - Payments',
      "You'll set strategy and roadmap for payment rails; work with engineering, risk and compliance to ship features safely; partner with bank and processor partners. Requirements: understanding of NACHA rules; SQL a plus.",
      'en',
    );
    expect(phrases).toEqual(expect.arrayContaining(['NACHA rules', 'payment rails']));
    expect(phrases.map((p) => p.toLowerCase())).not.toEqual(expect.arrayContaining(['risk', 'bank']));
  });

  it('reads "en coordinación con el equipo de…" and "junto com PMs" as colleagues in Spanish and Portuguese', () => {
    const es = phrasesOf(
      'Analista de Riesgo',
      '- Segmentar usuarios por comportamiento en coordinación con el equipo de Riesgo de Crédito.\n- Modelos de scoring en Python y SQL.',
      'es',
    );
    expect(es.join(' | ')).not.toMatch(/Riesgo de Cr/);
    const pt = phrasesOf(
      'Designer de Produto',
      '- Trabalhar junto com PMs, engenharia e dados\n- Protótipos no Figma e testes de usabilidade',
      'pt-BR',
    );
    expect(pt.join(' | ')).not.toMatch(/PMs/);
    expect(pt).toContain('Figma');
  });
});
