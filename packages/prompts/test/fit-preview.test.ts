import { describe, expect, it } from 'vitest';
import { fitPreview } from '../src/fit-check/fit-preview.ts';

/* The form's warning names what the role asks for, never what the posting only wishes for. */
describe('fitPreview', () => {
  const posting = (wish: string) =>
    `Soporte técnico a 200 usuarios.\nRequisitos:\n- Título técnico en informática (obligatorio)\n- Manejo de Active Directory y Microsoft 365\n${wish}`;
  const resume =
    'Técnico de soporte en Grupo Andino (2021-2024): atención a 150 usuarios, altas en Active Directory y Microsoft 365.\nEstudios: Técnico en Informática, Instituto Tecnológico (2020).';

  it('does not warn about a certification the posting lists as desirable', () => {
    const preview = fitPreview({
      jobTitle: 'Técnico/a de Soporte TI',
      jobDescription: posting('Deseable:\n- Certificación CompTIA A+'),
      resumeText: resume,
      language: 'es',
    });
    expect(preview.gaps.join(' ')).not.toMatch(/CompTIA/);
  });

  it('still names a certification the posting requires', () => {
    const preview = fitPreview({
      jobTitle: 'Técnico/a de Soporte TI',
      jobDescription: posting('- Certificación CompTIA A+ (obligatoria)'),
      resumeText: resume,
      language: 'es',
    });
    expect(preview.warn).toBe(true);
    expect(preview.gaps.join(' ')).toMatch(/CompTIA/);
  });
});

/* What a resume shows of a credential is read the way resumes write it; what a posting calls a "registro" is a credential only when it is a register one is on. */
describe('fitPreview on a nursing technician posting', () => {
  const posting = (extra = '') =>
    `Requisitos:\n- Curso técnico em Enfermagem completo\n- Registro ativo no COREN-SP\n- Curso de BLS atualizado\n- Experiência com prontuário eletrônico (Tasy)\n${extra}Atividades: administração de medicamentos, sinais vitais.`;
  const resume = (credentials: string) =>
    `Maria Souza\nTécnica de Enfermagem — Hospital São Lucas (2019 – atual)\nCOREN-SP 123456\n${credentials}\nAdministração de medicamentos, sinais vitais, Tasy.`;
  const preview = (jobDescription: string, resumeText: string) =>
    fitPreview({ jobTitle: 'Técnico(a) de Enfermagem', jobDescription, resumeText, language: 'pt-BR' });

  it('takes "BLS/SBV" on the resume as showing BLS', () => {
    expect(preview(posting(), resume('BLS/SBV — American Heart Association, 2024'))).toEqual({ warn: false, gaps: [] });
  });

  it('still warns when the resume shows no BLS at all', () => {
    expect(preview(posting(), resume('ACLS — American Heart Association, 2024')).gaps.join(' ')).toMatch(/BLS/);
  });

  it('reads "Registro ativo no COREN-SP" as one register, shown by the COREN-SP on the resume', () => {
    expect(preview(posting(), resume('BLS — American Heart Association, 2024')).gaps.join(' ')).not.toMatch(/Registro/);
  });

  it('does not take a record kept ("Registro de balanço hídrico") for a credential', () => {
    const result = preview(posting('- Registro de balanço hídrico no sistema\n'), resume('BLS — AHA, 2024'));
    expect(result.warn).toBe(false);
  });

  it('takes either of "X ou Y" on the resume as showing what the posting asks', () => {
    const cook = (training: string) =>
      fitPreview({
        jobTitle: 'Cocinero/a de partida',
        jobDescription: `Requisitos:\n- Formación en cocina (FP Grado Medio o Superior)\n- Carné de manipulador de alimentos\n- Control de la brasa (Josper)`,
        resumeText: `Cocinero de partida, brasa con Josper (2022 – actualidad)\n${training}\nCarné de manipulador de alimentos (2024)`,
        language: 'es',
      });
    expect(cook('Técnico Superior en Dirección de Cocina (2020)').gaps).not.toContain('FP Grado Medio');
    expect(cook('Bachiller (2018)').gaps).toContain('FP Grado Medio');
  });
});

/* A tryout's form listed one licence twice and left the degree out: the gaps name each thing the role asks for once. */
describe('fitPreview gaps, one per credential', () => {
  const preview = (jobDescription: string) =>
    fitPreview({
      jobTitle: 'Registered Nurse - Med/Surg',
      jobDescription,
      resumeText: 'Server at Olive Garden, 2019-2024: opened and closed the floor, trained new servers.\nHigh school diploma.',
      language: 'en',
    });

  it('names a degree said as initials (BSN) as a credential, and a licence restated in brackets once', () => {
    const { warn, gaps } = preview(
      'Requirements:\n- BSN required\n- Active RN license (registered nurse licence)\n- BLS certification\n- 1 year acute care experience',
    );
    expect(warn).toBe(true);
    expect(gaps).toContain('BSN');
    expect(gaps.filter((gap) => /licen[cs]e/i.test(gap))).toHaveLength(1);
  });

  it('never names the state a licence holds in as something to have', () => {
    const { gaps } = preview('Requirements:\n- Active RN license in Texas\n- BLS certification\n- 1 year acute care experience');
    expect(gaps.join(' ')).not.toMatch(/Texas/);
    expect(gaps.join(' ')).toMatch(/RN license/);
  });

  it('keeps a bracket that names no credential: who certifies is no second must-have, and no gap is lost', () => {
    const { gaps } = preview('Requirements:\n- Active RN license\n- BLS certification (American Heart Association)');
    expect(gaps.join(' ')).toMatch(/BLS/);
  });
});
