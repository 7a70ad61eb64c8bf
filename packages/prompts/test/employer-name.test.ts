import { describe, expect, it } from 'vitest';
import { employerNames } from '../src/listening/employer-name.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';

/* The employer heading a posting is where the job is, never a must-have to ask about. */
describe('employerNames', () => {
  it('reads a heading line that opens with a kind of organisation and its name', () => {
    expect(employerNames('Hospital Santa Clara - UTI Adulto\nRequisitos: COREN ativo')).toEqual(['Hospital Santa Clara']);
    expect(employerNames('Clínica San Rafael | Recepción\nFunciones: agenda')).toEqual(['Clínica San Rafael']);
    expect(employerNames('Hospital de Clínicas de Porto Alegre\nVaga: técnico')).toEqual(['Hospital de Clínicas de Porto Alegre']);
  });

  it('leaves a line that goes on about the job, and a common noun without a name', () => {
    expect(employerNames('Hospital Santa Clara, referência em cardiologia, busca técnico com Tasy.')).toEqual([]);
    expect(employerNames('Restaurante con 80 cubiertos en el barrio de Chamberí.')).toEqual([]);
  });

  it('keeps the employer out of the must-haves', () => {
    const phrases = requirementPhrases(
      {
        jobTitle: 'Técnico(a) de Enfermagem',
        jobDescription:
          'Hospital Santa Clara - UTI Adulto\nRequisitos:\n- Registro ativo no COREN-SP\n- Experiência com prontuário eletrônico (Tasy)\nAtividades: administração de medicamentos, sinais vitais.',
        resumeText: 'Técnica de Enfermagem (2019 – atual)\nCOREN-SP 123456',
        field: 'healthcare',
        language: 'pt-BR',
      },
      8,
    );
    expect(phrases.map((r) => r.phrase).join(' | ')).not.toMatch(/Santa Clara/);
  });
});
