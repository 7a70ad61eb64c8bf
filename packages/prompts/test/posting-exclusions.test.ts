import { describe, expect, it } from 'vitest';
import { detectField } from '../src/field-detection/detect-field.ts';
import { withoutExclusions } from '../src/listening/posting-exclusions.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';

const phrasesOf = (jobTitle: string, jobDescription: string, language: 'en' | 'es' | 'pt-BR') =>
  requirementPhrases({ jobTitle, jobDescription, resumeText: '', field: detectField({ jobTitle, jobDescription }).field, language });

describe('what a posting rules out', () => {
  it('is blanked up to the end of its clause, in every language', () => {
    const pt = 'Apoiar o farmacêutico nas rotinas da loja (sem dispensar medicamentos controlados).';
    const out = withoutExclusions(pt);
    expect(out).toHaveLength(pt.length);
    expect(out).not.toContain('medicamentos');
    expect(out).toContain('rotinas da loja');
    expect(withoutExclusions('Atención en caja, sin manejo de valores; reposición de góndolas.')).toContain('reposición de góndolas');
    expect(withoutExclusions('Atención en caja, sin manejo de valores; reposición de góndolas.')).not.toContain('valores');
    expect(withoutExclusions('No prior experience required, we train you on the forklift.')).not.toContain('experience');
  });

  it('is never a must-have to ask about', () => {
    const phrases = phrasesOf(
      'Atendente de Farmácia',
      'Atividades: orientar sobre dermocosméticos; apoiar o farmacêutico nas rotinas da loja (sem dispensar medicamentos controlados).',
      'pt-BR',
    ).map((p) => p.phrase);
    expect(phrases.join(' | ')).not.toMatch(/medicamentos controlados/);
  });
});

describe('a title or a licence the posting asks for', () => {
  it('is a credential, asked about as one ("Ingeniero Agrónomo", "Licencia de conducir clase B")', () => {
    const phrases = phrasesOf(
      'Técnico de Campo',
      'Requisitos: Ingeniero Agrónomo (Fitotecnia o afín); Licencia de conducir clase B; manejo de QGIS.',
      'es',
    );
    for (const name of ['Ingeniero Agrónomo', 'Licencia de conducir clase B'])
      expect(phrases.find((p) => p.phrase === name)?.kind, name).toBe('credential');
  });
});
