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
