import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { fitReasons } from '../src/fit-check/fit-reasons.ts';
import { trainedIn, trainingTowardsJob } from '../src/fit-check/relevant-training.ts';

const dataAnalyst = {
  jobTitle: 'Data Analyst',
  jobDescription:
    'Build dashboards in Tableau and write SQL against Snowflake.\n\nRequirements:\n- 2+ years SQL\n- Tableau or Power BI\n- Python a plus',
};

describe('a career changer trained in what the job does', () => {
  // Math teachers with a data bootcamp or certificate, in each language: the check had ended all three.
  it.each([
    {
      ...dataAnalyst,
      resumeText:
        'Maria Lopez\nHigh school math teacher, 6 years. Built grade-tracking spreadsheets in Excel; completed Google Data Analytics certificate (2024) with a SQL capstone.',
      language: 'en' as const,
    },
    {
      jobTitle: 'Analista de Datos',
      jobDescription:
        'Construir tableros en Power BI y consultas SQL sobre el data warehouse.\n\nRequisitos:\n- 2 años con SQL\n- Power BI o Tableau\n- Python deseable',
      resumeText:
        'Lucía Fernández\nProfesora de matemáticas de secundaria, 7 años. Planillas de notas en Excel; terminé el bootcamp de análisis de datos de Coderhouse (2024) con un proyecto final en SQL.',
      language: 'es' as const,
    },
    {
      jobTitle: 'Analista de Dados',
      jobDescription:
        'Construir dashboards em Power BI e consultas SQL no data warehouse.\n\nRequisitos:\n- 2 anos com SQL\n- Power BI ou Tableau\n- Python desejável',
      resumeText:
        'Camila Souza\nProfessora de matemática do ensino médio, 7 anos. Planilhas de notas no Excel; concluí o bootcamp de análise de dados da Alura (2024) com projeto final em SQL.',
      language: 'pt-BR' as const,
    },
  ])('is never ended, and told why: $language', (post) => {
    const verdict = checkFit({ ...post, answers: [] });
    expect(verdict.fits).toBe(true);
    expect(verdict.reason).toBe(fitReasons[post.language].trained());
  });

  it('reads what the training was in, not the word for training the posting also uses ("Formação em Estatística")', () => {
    expect(trainedIn(['formacao', 'tecnologo', 'em', 'gestao', 'comercial'])).toEqual(['em', 'gestao', 'comercial']);
    const aboutStatistics = (tokens: readonly string[]) => tokens.some((token) => ['formacao', 'estatistica'].includes(token));
    expect(trainingTowardsJob([['formacao', 'tecnologo', 'em', 'gestao', 'comercial']], aboutStatistics)).toBeUndefined();
    expect(trainingTowardsJob([['curso', 'de', 'estatistica', 'aplicada']], aboutStatistics)).toEqual([
      'curso',
      'de',
      'estatistica',
      'aplicada',
    ]);
  });

  it('still ends a clear mismatch whose only training is in something else', () => {
    const verdict = checkFit({
      ...dataAnalyst,
      resumeText:
        'Tom Reed\nPastry chef, 9 years, at two hotels: plated desserts, breads, a team of six.\nDiploma in Pastry Arts, Le Cordon Bleu (2014).',
      answers: ['I have been a pastry chef for nine years.', 'I never worked with data.'],
      language: 'en',
    });
    expect(verdict.fits).toBe(false);
  });
});
