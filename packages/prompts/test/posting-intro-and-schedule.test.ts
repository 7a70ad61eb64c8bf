import { describe, expect, it } from 'vitest';
import { detectField } from '../src/field-detection/detect-field.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';

/*
 * Two families of posting text that name nothing a candidate must have:
 * - the sentence where the employer introduces itself and says whom it seeks ("A family-run
 *   bakery chain with 12 shops around Leeds is looking for…", "Cooperativa láctea de Rafaela busca…",
 *   "Rede de academias com unidades em Niterói procura…"): its places and its size are where, not what;
 * - the shift pattern and the hours ("rotating 4x3 schedule", "turnos 7x7", "escala 12x36",
 *   "de 6 a.m. a 2 p.m.", "das 22h às 06h", "fines de semana").
 */

const phrases = (jobTitle: string, jobDescription: string, language: 'en' | 'es' | 'pt-BR', resumeText = '') => {
  const post = { jobTitle, jobDescription, resumeText, language };
  return requirementPhrases({ ...post, field: detectField(post).field }, 8).map((r) => r.phrase);
};

const posts = [
  {
    language: 'en' as const,
    jobTitle: 'Bakery Production Lead',
    jobDescription:
      'Hartley & Sons, a family-run bakery chain with 12 shops around Leeds and Bradford, is looking for a Production Lead for our Kirkstall bakehouse. You will run the overnight dough line, plan batches against store orders and keep HACCP records. Rotating 4x3 schedule, nights 10 p.m. to 6 a.m., every other weekend. Requirements: Level 3 Food Hygiene certificate, experience with spiral mixers and deck ovens.',
    wanted: ['HACCP records', 'Level 3 Food Hygiene certificate'],
    never: ['Leeds', 'Bradford', 'Kirkstall', '4x3', 'p.m', 'a.m', 'weekend'],
  },
  {
    language: 'es' as const,
    jobTitle: 'Operario de Planta Láctea',
    jobDescription:
      'Cooperativa láctea con planta en Rafaela, provincia de Santa Fe, con más de 300 tambos asociados, busca Operario de Planta para el sector de quesería. Tareas: operar la pasteurizadora, controlar temperaturas de cuba y registrar lotes en SAP. Turnos rotativos 7x7, de 6 a.m. a 2 p.m. y fines de semana. Requisitos: secundario completo, libreta sanitaria vigente, experiencia con pasteurizadoras.',
    wanted: ['SAP'],
    never: ['Rafaela', 'Santa Fe', 'tambos asociados', '7x7', 'a.m', 'p.m', 'fines de semana'],
  },
  {
    language: 'pt-BR' as const,
    jobTitle: 'Instrutor de Musculação',
    jobDescription:
      'Rede de academias com 9 unidades em Niterói e São Gonçalo procura Instrutor de Musculação para a unidade Icaraí. Atividades: montar e revisar treinos, acompanhar alunos na sala de musculação e aplicar avaliação física com bioimpedância. Escala 12x36, das 22h às 06h, finais de semana alternados. Requisitos: CREF ativo, graduação em Educação Física.',
    wanted: ['CREF ativo'],
    never: ['Niterói', 'São Gonçalo', 'Icaraí', '12x36', '22h', 'finais de semana'],
  },
];

describe('the employer’s introduction and the schedule are no must-haves', () => {
  it.each(posts)('$language: $jobTitle', ({ language, jobTitle, jobDescription, wanted, never }) => {
    const found = phrases(jobTitle, jobDescription, language);
    for (const phrase of wanted)
      expect(
        found.some((p) => p.includes(phrase)),
        `${phrase} in ${found.join(' | ')}`,
      ).toBe(true);
    for (const phrase of never)
      expect(
        found.some((p) => p.includes(phrase)),
        `${phrase} in ${found.join(' | ')}`,
      ).toBe(false);
  });

  it.each([
    {
      language: 'en' as const,
      jobTitle: 'Tower Crane Operator',
      jobDescription:
        'Brightline Builders, a general contractor in Tacoma, WA, is looking for a crane operator with an NCCCO tower crane certification.',
      wanted: 'NCCCO tower crane certification',
    },
    {
      language: 'es' as const,
      jobTitle: 'Cocinero',
      jobDescription: 'Parrilla de barrio en Rosario busca cocinero con manejo de hornos Rational y carnet de manipulador.',
      wanted: 'Rational',
    },
    {
      language: 'pt-BR' as const,
      jobTitle: 'Técnico de Enfermagem',
      jobDescription: 'Clínica de hemodiálise em Campinas procura técnico de enfermagem com COREN ativo e experiência em hemodiálise.',
      wanted: 'COREN ativo',
    },
  ])('$language: what the employer seeks keeps what it says the hire needs', ({ language, jobTitle, jobDescription, wanted }) => {
    const found = phrases(jobTitle, jobDescription, language);
    expect(
      found.some((p) => p.includes(wanted)),
      found.join(' | '),
    ).toBe(true);
    for (const place of ['Tacoma', 'Rosario', 'Campinas'])
      expect(
        found.some((p) => p.includes(place)),
        found.join(' | '),
      ).toBe(false);
  });
});

/*
 * Two more families that name nothing to ask about: a town written with its state as Brazilian
 * postings do ("o CD de Cajamar (SP)", "Jundiaí/SP", "Betim - MG"), and in a line that asks for a
 * degree, the disciplines' capitalised adjectives ("Ingeniería en Alimentos, Acuicultura o Industrial").
 */
describe('a town with its state and a degree’s discipline are no must-haves', () => {
  it.each([
    {
      language: 'pt-BR' as const,
      jobTitle: 'Coordenador de Logística',
      jobDescription:
        'Buscamos Coordenador(a) de Logística para o CD de Cajamar (SP), com cerca de 180 colaboradores. Requisitos: 5 anos em operações de CD; WMS e Excel avançado; NR-11.',
      wanted: 'WMS',
      never: ['Cajamar'],
    },
    {
      language: 'pt-BR' as const,
      jobTitle: 'Técnico de Manutenção',
      jobDescription:
        'Vaga para a fábrica de Betim - MG e apoio à unidade de Jundiaí/SP. Requisitos: 3 anos em manutenção industrial; WMS e Excel avançado; NR-11.',
      wanted: 'WMS',
      never: ['Betim', 'Jundiaí'],
    },
    {
      language: 'es' as const,
      jobTitle: 'Supervisor de Turno',
      jobDescription:
        'Funciones: liderar a un equipo de 60 operarios por turno y reportar indicadores. Requisitos: título técnico o profesional en Ingeniería en Alimentos, Acuicultura o Industrial; conocimiento de HACCP y normas BRC; manejo de Excel.',
      wanted: 'normas BRC',
      never: ['Industrial'],
    },
    {
      language: 'pt-BR' as const,
      jobTitle: 'Analista de Meio Ambiente',
      jobDescription: 'Requisitos: graduação em Engenharia Ambiental ou Civil; licenciamento ambiental junto à CETESB; AutoCAD e QGIS.',
      wanted: 'QGIS',
      never: ['Civil'],
    },
  ])('$language: $never', ({ language, jobTitle, jobDescription, wanted, never }) => {
    const found = phrases(jobTitle, jobDescription, language);
    expect(
      found.some((p) => p.includes(wanted)),
      found.join(' | '),
    ).toBe(true);
    for (const word of never)
      expect(
        found.some((p) => p === word || p.split(/\s+/).includes(word)),
        `${word} in ${found.join(' | ')}`,
      ).toBe(false);
  });
});

// A currency's code is pay only beside a figure: "CLP" is also Portuguese for a PLC, "pen" a pen test.
describe('a currency code without a figure is no pay line', () => {
  it.each([
    {
      language: 'pt-BR' as const,
      jobTitle: 'Técnico de Manutenção',
      jobDescription: 'Requisitos: NR-10; CLP Siemens S7.',
      wanted: 'CLP Siemens S7',
    },
    {
      language: 'en' as const,
      jobTitle: 'Security Analyst',
      jobDescription: 'Requirements: pen testing of web apps with Burp Suite; OSCP certification.',
      wanted: 'Burp Suite',
    },
  ])('$language: $wanted', ({ language, jobTitle, jobDescription, wanted }) => {
    const found = phrases(jobTitle, jobDescription, language);
    expect(
      found.some((p) => p.includes(wanted)),
      found.join(' | '),
    ).toBe(true);
  });

  it('a pay line with the code beside a figure is still left out', () => {
    const found = phrases('Operador de Planta', 'Requisitos: licencia clase D. CLP 850.000 líquidos más bonos de producción.', 'es');
    expect(found.join(' | ')).not.toMatch(/850|bonos|CLP/);
  });
});
