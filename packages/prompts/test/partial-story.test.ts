import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { partialStory } from '../src/fit-check/partial-story.ts';

describe('partialStory', () => {
  it.each([
    ['en', 'Dana Reyes\nTucson, AZ\n\nLine Cook - Mesa Grill (2020-present)\n- Prep and run the saute station; stocks and'],
    ['en', 'Dana Reyes\nTucson, AZ\n\nLine Cook - Mesa Grill (2020-present)\n- Prep and run the saute station,'],
    [
      'es',
      'Lucía Ferrer\nValencia\n\nEstudiante de 2.º del Grado en Química - Universidad de Valencia\nAsignaturas superadas: Química Orgánica I y ',
    ],
    ['es', 'Lucía Ferrer\nValencia\n\nAuxiliar de laboratorio — Analiza S.L. (2022 – actualidad)\n· Preparación de muestras de'],
    ['pt', 'Rogério Alves\nBelém - PA\n\nBOMBEIRO CIVIL (2015 - 2024)\n· Atendimento pré-hospitalar em'],
    ['pt', 'Rogério Alves\nBelém - PA\n\nBOMBEIRO CIVIL (2015 - 2024)\n· Combate a incêndio: brigadas, treinamentos, ('],
  ])('%s: a resume that stops mid-line is part of the story (%#)', (_language, resume) => {
    expect(partialStory(resume)).toBe(true);
  });

  it.each([
    ['en', 'Dana Reyes\nTucson, AZ\n\nLine Cook - Mesa Grill (2020-present)\n- Prep and run the saute station\n- Train new cooks'],
    ['es', 'Lucía Ferrer\nValencia\n\nEXPERIENCIA\nAuxiliar de laboratorio — Analiza S.L. (2022 – actualidad)\n· Preparación de muestras'],
    ['pt', 'Rogério Alves\nBelém - PA\n\nBOMBEIRO CIVIL (2015 - 2024)\n• Atendimento pré-hospitalar\n• Resgate veicular'],
  ])('%s: a resume that stops inside its first roles, before any education, is part of the story', (_language, resume) => {
    expect(partialStory(resume)).toBe(true);
  });

  it.each([
    [
      'en',
      'Dana Reyes Tucson, AZ Line Cook - Mesa Grill (2020-present) - Prep and run the saute station for dinner service - Train new cooks on knife skills Education: Culinary certificate, Pima Community College',
    ],
    [
      'es',
      'Lucía Ferrer Valencia Auxiliar de laboratorio en Analiza S.L. desde 2022 preparación de muestras de agua y registros de calibración de equipos FORMACIÓN Técnico Superior en Laboratorio Clínico, IES Benlliure',
    ],
    [
      'pt',
      'Rogério Alves Belém PA Bombeiro civil de 2015 a 2024 atendimento pré-hospitalar resgate veicular e brigadas de incêndio CURSOS APH, NR-35 e salvamento em altura',
    ],
  ])('%s: a long resume on one line has lost the line breaks that tell its roles from its bullets', (_language, resume) => {
    expect(partialStory(resume)).toBe(true);
  });

  it.each([
    ['en', 'Pastry Chef\n10 years in hotel kitchens creating desserts and breads, managing a team of six'],
    ['en', 'Truck Driver\n7 years of local routes, clean driving record, CDL-A'],
    ['en', 'Registered nurse, 5 years in the ICU, RN license, BLS and ACLS.'],
    ['en', 'EDUCATION\nBSN, State University (2018)\n\nEXPERIENCE\nICU Nurse - Mercy (2019-present)\n- Ventilated patients'],
    ['es', 'Manuel Cabello\nSevilla\n\nTeleoperador — Konecta (2019 – actualidad)\n· 70-90 llamadas diarias\n\nBachillerato (2015)'],
    ['es', 'Cajera en supermercado, cuatro años, cobro en efectivo y con tarjeta, atención al cliente.'],
    ['pt', 'Motorista de aplicativo\nHabilidades: agilidade, pontualidade, conhecimento da cidade, CNH A'],
    ['pt', 'Operadora de caixa\nPagamentos em dinheiro e cartão, atendimento, reposição'],
  ])('%s: a short resume that is whole is the whole story (%#)', (_language, resume) => {
    expect(partialStory(resume)).toBe(false);
  });
});

/** A licensed job and a resume that shows nothing of its trade, whole, so the check ends it. */
const jobs = {
  en: {
    jobTitle: 'ICU Registered Nurse',
    jobDescription:
      'Provide care for critically ill patients, titrate drips, manage ventilated patients.\n\nRequirements:\n- Current California Registered Nurse (RN) license - REQUIRED\n- Graduate of an accredited nursing program (ADN or BSN)',
    resumeText:
      'Brittany Cole\nSacramento, CA\n\nCashier / Customer Service Lead - Target, 2019-present\n- Handle 100+ guests per shift\n- Resolve complaints with empathy\n- Open and close the store three days a week\n\nSkills: teamwork, compassion, Microsoft Excel',
    answers: ['hi im brittany i have been at target for five years and i love helping people'],
    language: 'en' as const,
  },
  es: {
    jobTitle: 'Fisioterapeuta - Clínica Deportiva',
    jobDescription:
      'Tratamiento de lesiones deportivas y readaptación.\n\nRequisitos:\n- Grado en Fisioterapia (imprescindible)\n- Colegiación',
    resumeText:
      'Manuel Cabello\nSevilla\n\nTeleoperador de atención al cliente — Konecta (2019 – actualidad)\n· 70-90 llamadas diarias\n· Gestión de incidencias y reclamaciones por correo electrónico\n· Formación de los nuevos compañeros del turno de tarde\n\nBachillerato (2015)',
    answers: ['yo trabajo de teleoperador y me encanta el deporte'],
    language: 'es' as const,
  },
  pt: {
    jobTitle: 'Enfermeiro(a) de UTI',
    jobDescription:
      'Assistência a pacientes críticos, administração de medicamentos e cuidados com ventilação mecânica.\n\nRequisitos:\n- Graduação em Enfermagem\n- Registro ativo no COREN (obrigatório)',
    resumeText:
      'Carla Souza\nRecife - PE\n\nOperadora de caixa — Supermercado Bom Preço (2019 – atual)\n• Atendimento a 200 clientes por dia\n• Fechamento e conferência do caixa no fim do turno\n• Treinamento das novas operadoras\n\nFORMAÇÃO\nEnsino médio completo (2018)',
    answers: ['oi eu sou a carla trabalho no caixa do supermercado e adoro cuidar das pessoas'],
    language: 'pt-BR' as const,
  },
};

describe('checkFit on part of a resume', () => {
  it.each(Object.entries(jobs))('%s: ends the whole resume that shows nothing of the trade', (_language, input) => {
    expect(checkFit(input).fits).toBe(false);
  });

  it.each(Object.entries(jobs))('%s: never ends the same resume cut mid-line or inside its bullets', (_language, input) => {
    // Up to its last bullet, before the section that closes it.
    const insideBullets = input.resumeText.slice(0, input.resumeText.lastIndexOf('\n\n'));
    for (const resumeText of [input.resumeText.slice(0, Math.floor(input.resumeText.length / 2)), insideBullets])
      expect(checkFit({ ...input, resumeText }).fits, resumeText).toBe(true);
  });

  it.each(Object.entries(jobs))('%s: never ends the same resume pasted as one line', (_language, input) => {
    expect(checkFit({ ...input, resumeText: input.resumeText.replace(/\s*\n\s*/g, ' ') }).fits).toBe(true);
  });
});
