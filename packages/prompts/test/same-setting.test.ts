import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { tradeHead, tradeStems } from '../src/fit-check/licensed-role.ts';
import { resumeRoleLines } from '../src/fit-check/resume-roles.ts';
import {
  besideTheTrade,
  furtherTraining,
  namesShortCourse,
  ownsTrade,
  untrainedRole,
  withoutSettingMentions,
} from '../src/fit-check/same-setting.ts';
import { foldText, tokenize } from '../src/fold-text.ts';

const words = (text: string) => tokenize(foldText(text));

describe('untrainedRole', () => {
  it.each([
    ['en', 'Hospital Receptionist'],
    ['en', 'Night custodian'],
    ['en', 'Order picker'],
    ['es', 'Auxiliar de limpieza'],
    ['es', 'Cajera'],
    ['es', 'Paseadora de perros'],
    ['pt', 'Operadora de caixa'],
    ['pt', 'Balconista'],
    ['pt', 'Motorista de caminhão'],
  ])('%s: "%s" is a service or manual role trained on the job', (_language, role) => {
    expect(untrainedRole(foldText(role))).toBe(true);
  });

  it.each([
    ['en', 'Licensed Practical Nurse'],
    ['en', 'Pharmacy Technician'],
    ['en', 'Line cook'],
    ['en', 'Linux servers and storage'],
    ['es', 'Auxiliar de enfermería'],
    ['es', 'Técnico agrícola'],
    ['pt', 'Técnica de enfermagem'],
    ['pt', 'Atendente de enfermagem'],
    ['pt', 'Cuidadora de idosos'],
  ])('%s: "%s" is a trained role or no role, not an untrained one', (_language, role) => {
    expect(untrainedRole(foldText(role))).toBe(false);
  });
});

describe('withoutSettingMentions', () => {
  it.each([
    ['en', 'I take the dogs to the veterinarian', ['veterinarian'], 'veterinarian'],
    ['en', 'pharmacy cashier at Walgreens', ['pharmacist'], 'pharmacy'],
    ['es', 'administro la medicación indicada por el veterinario', ['veterinari'], 'veterinario'],
    ['es', 'cajera de farmacia', ['farmaceut'], 'farmacia'],
    ['pt', 'ajudo a farmacêutica com os controlados', ['farmaceut'], 'farmaceutica'],
    ['pt', 'curso de atendente de farmácia', ['farmaceut'], 'farmacia'],
    ['pt', 'ensino médio completo', ['medic'], 'medio'],
  ] as const)('%s: "%s" does not name the trade as the candidate\'s own', (language, text, trade, dropped) => {
    const kept = withoutSettingMentions(words(text), trade, language);
    expect(kept).not.toContain(dropped);
    expect(kept.length).toBe(words(text).length - 1);
  });

  it.each([
    ['en', "I'm the charge nurse on nights", ['nurs'], 'nurse'],
    ['en', 'Nursing student, BSN expected 2026', ['nurs'], 'nursing'],
    ['es', 'soy la enfermera del turno noche', ['enfermer'], 'enfermera'],
    ['es', 'técnica en farmacia', ['farmaceut'], 'farmacia'],
    ['pt', 'sou a farmacêutica responsável', ['farmaceut'], 'farmaceutica'],
    ['pt', 'técnica de enfermagem na UTI', ['enfermeir'], 'enfermagem'],
  ] as const)('%s: "%s" keeps the trade', (language, text, trade, kept) => {
    expect(withoutSettingMentions(words(text), trade, language)).toContain(kept);
  });
});

describe('ownsTrade', () => {
  it.each([
    ['en', 'staff nurse on a med-surg unit', ['nurs']],
    ['es', 'enfermera de planta', ['enfermer']],
    ['pt', 'enfermeira na clínica médica', ['enfermeir']],
    ['pt', 'farmacêutica responsável', ['farmaceut']],
  ] as const)('%s: "%s" names the trade itself', (language, text, head) => {
    expect(ownsTrade(head, [], words(text), language)).toBe(true);
  });

  it.each([
    ['pt', 'limpeza de leitos e enfermarias', ['enfermeir']],
    ['es', 'cajero de una cadena de supermercados', ['farmaceut']],
    ['en', 'front desk at a pharmacy chain', ['pharmacist']],
  ] as const)('%s: "%s" names only a word of its root or none (the ward, not the nurse)', (language, text, head) => {
    expect(ownsTrade(head, [], words(text), language)).toBe(false);
  });

  it("reads the posting's short credential as the trade", () => {
    expect(ownsTrade(['enfermeir'], ['coren'], words('COREN ativo desde 2023'), 'pt')).toBe(true);
  });
});

describe('furtherTraining', () => {
  const aboutNursing = (tokens: string[]) => tokens.some((token) => /^(nurs|enferm|patient|paciente|cuidador)/.test(token));
  it.each([
    ['en', 'BSN, University of Illinois, 2024'],
    ['en', 'currently enrolled in nursing school'],
    ['es', 'Grado en Enfermería, Universidad de Sevilla'],
    ['es', 'estudiante de enfermería'],
    ['pt', 'cursando enfermagem na PUC'],
    ['pt', 'fiz o curso de cuidador de idosos'],
  ])('%s: "%s" is training past school', (_language, text) => {
    expect(furtherTraining(foldText(text), aboutNursing)).toBe(true);
  });

  it.each([
    ['en', 'High school diploma, 2016'],
    ['en', 'of course I know the patients'],
    ['en', "valid driver's license"],
    ['es', 'curso de guitarra en el conservatorio municipal'],
    ['es', 'Bachillerato, 2014'],
    ['pt', 'Ensino médio completo'],
    ['pt', 'curso de atendente de farmácia no SENAC'],
    ['pt', 'Curso de Cuidador de Idosos (40 h) - online'],
  ])('%s: "%s" is school, a course for an untrained role or in something else, or a short course', (_language, text) => {
    expect(furtherTraining(foldText(text), aboutNursing)).toBe(false);
  });
});

describe('namesShortCourse', () => {
  const roles = resumeRoleLines('Ana Lima\nCurso de Cuidador de Idosos (40 h) - online\nGraduação em Enfermagem (2024)');
  it.each([
    ['pt', 'fiz o curso de cuidador de idosos', true],
    ['pt', 'me formei em enfermagem', false],
    ['pt', 'fiz o curso de cuidador infantil', false],
  ] as const)('%s: "%s" names the short course the resume lists: %s', (_language, text, expected) => {
    expect(namesShortCourse(words(text), roles)).toBe(expected);
  });
});

describe("the head of a physician's title", () => {
  it.each([
    ['es', 'Médico Veterinario - Clínica de Pequeños Animales', ['veterinari']],
    ['pt', 'Médico(a) Veterinário(a) - Bovinocultura de Leite', ['veterinari']],
    ['pt', 'Médico(a) Clínico(a) Geral', ['medic']],
  ] as const)('%s: "%s" is the word that narrows it, not "médico" ("ensino médio", "medicación")', (language, title, head) => {
    expect(tradeHead(tradeStems(title, language), language)).toEqual(head);
  });
});

describe('besideTheTrade', () => {
  const speaksHealth = (tokens: string[]) => tokens.some((token) => /^(uti|icu|nurs|enferm|hospital|paciente|patient)/.test(token));
  it.each([
    ['en', 'Dana Roe\nHospital Receptionist - St. Mary (2019 - present)\n- Check in patients\nHigh school diploma, 2015'],
    ['es', 'Ana Gil\nAuxiliar de limpieza - Hospital Clínico (2018 - actualidad)\nSecundaria completa'],
    ['pt', 'Ana Lima\nOperadora de caixa - Atakarejo (2019 - atual)\nObjetivo: atuar na UTI\nCurso de cuidador (40h) - online'],
  ])('%s: the roles place the candidate beside the trade', (_language, resume) => {
    expect(besideTheTrade(resumeRoleLines(resume), speaksHealth)).toBe(true);
  });

  it.each([
    ['en', 'Dana Roe\nHospital Receptionist (2015 - 2019)\nICU patient care technician (2019 - present)'],
    ['es', 'Ana Gil\nAuxiliar de enfermería - Hospital Clínico (2018 - actualidad)'],
    ['pt', 'Ana Lima\nTécnica de enfermagem - UTI adulto (2019 - atual)\nOperadora de caixa (2015 - 2018)'],
    ['pt', 'Ana Lima\nProgramadora (2019 - atual)'],
  ])('%s: a trained role in the field, or no untrained role, keeps the candidate in it', (_language, resume) => {
    expect(besideTheTrade(resumeRoleLines(resume), speaksHealth)).toBe(false);
  });
});

const nurse = {
  en: {
    jobTitle: 'Registered Nurse - Medical/Surgical',
    jobDescription:
      'Care for 5-6 adult patients per shift on a 32-bed unit at Mercy Hospital; administer medications and IV therapy; document in Epic; educate patients and families.\n\nRequirements:\n- Active state RN license (required)\n- BLS required\n- 1+ year of acute care nursing preferred\n\nBenefits: tuition reimbursement, 401(k).',
  },
  es: {
    jobTitle: 'Enfermero/a de Hospitalización',
    jobDescription:
      'Hospital Universitario busca enfermero/a para planta de hospitalización: valoración de pacientes, administración de medicación, curas y registro en la historia clínica.\n\nRequisitos:\n- Grado en Enfermería (imprescindible)\n- Colegiado/a en el Colegio de Enfermería\n- Experiencia en hospitalización valorable',
  },
  pt: {
    jobTitle: 'Enfermeiro(a) Assistencial',
    jobDescription:
      'Hospital geral contrata enfermeiro(a) para a clínica médica: assistência aos pacientes, administração de medicamentos, curativos e supervisão da equipe de técnicos.\n\nRequisitos:\n- Graduação em Enfermagem (obrigatório)\n- COREN ativo\n- Experiência hospitalar desejável',
  },
};

const pharmacist = {
  es: {
    jobTitle: 'Farmacéutico/a Adjunto/a',
    jobDescription:
      'Farmacia comunitaria en Valencia busca farmacéutico/a adjunto/a: dispensación, atención farmacéutica, seguimiento de tratamientos y control de estupefacientes.\n\nRequisitos:\n- Grado en Farmacia (imprescindible)\n- Colegiado/a\n- Experiencia en oficina de farmacia valorable',
  },
  pt: {
    jobTitle: 'Farmacêutico(a) Responsável Técnico',
    jobDescription:
      'Drogaria de bairro contrata farmacêutico(a) RT: dispensação, atenção farmacêutica, controle de medicamentos controlados no SNGPC e treinamento dos balconistas.\n\nRequisitos:\n- Graduação em Farmácia\n- CRF ativo (obrigatório)',
  },
};

const teacher = {
  en: {
    jobTitle: '4th Grade Teacher',
    jobDescription:
      'Lincoln Elementary is hiring a 4th grade classroom teacher: plan and deliver lessons in reading and math, assess students, communicate with families.\n\nRequirements:\n- Bachelor’s degree\n- Valid state teaching certificate (required)\n\nBenefits: district salary schedule.',
  },
};

describe('checkFit: a same-environment distractor ends, whatever the setting words it shares', () => {
  it.each([
    [
      'en',
      nurse.en,
      'Dana Roe\nSpringfield, IL\n\nEXPERIENCE\nHospital Receptionist - Mercy Hospital (2019 - present)\n- Check in 120 patients a day, schedule appointments, answer phones\n- Work closely with nurses and physicians on the unit\nCashier - Walgreens (2016 - 2019)\n\nEDUCATION\nHigh school diploma, 2016',
      [
        "hi I'm Dana, I work the front desk at Mercy Hospital",
        "I'm a receptionist so I see what the nurses do every day and I know the patients",
      ],
    ],
    [
      'en',
      teacher.en,
      'Luis Ortega\nDayton, OH\n\nEXPERIENCE\nSchool Custodian - Dayton Public Schools (2014 - present)\n- Clean 22 classrooms, set up the gym for assemblies\n- Help teachers move furniture and supplies\nWarehouse Picker - Amazon (2011 - 2014)\n\nEDUCATION\nHigh school diploma, 2010',
      [
        "I'm the custodian at Fairview Elementary, I've been in schools for ten years",
        'I know the students and the teachers and the daily routine of a school',
      ],
    ],
    [
      'es',
      nurse.es,
      'Rosa Pérez\nSevilla\n\nEXPERIENCIA\nLimpiadora - Hospital Virgen del Rocío (2017 - actualidad)\n- Limpieza de habitaciones de pacientes y quirófanos\nCajera - Mercadona (2013 - 2017)\n\nFORMACIÓN\nEducación secundaria obligatoria, 2012',
      [
        'hola soy rosa trabajo de limpiadora en el hospital desde hace siete años',
        'conozco la planta, los pacientes y ayudo a las enfermeras cuando me lo piden',
      ],
    ],
    [
      'es',
      pharmacist.es,
      'Javier Ruiz\nValencia\n\nEXPERIENCIA\nCajero - Farmacia Central (2019 - actualidad)\n- Cobro, reposición y atención al público\nReponedor - Consum (2015 - 2019)\n\nFORMACIÓN\nBachillerato, 2014',
      [
        'soy cajero en una farmacia desde hace cinco años',
        'conozco los medicamentos de tanto verlos y ayudo a la farmacéutica con los pedidos',
      ],
    ],
    [
      'pt',
      nurse.pt,
      'Ana Lima\nCampinas/SP\n\nEXPERIÊNCIA\nAuxiliar de limpeza - Hospital Municipal (2018 - atual)\n- Limpeza de leitos e enfermarias\nRepositora - Carrefour (2015 - 2018)\n\nFORMAÇÃO\nEnsino médio completo, 2014',
      [
        'oi eu sou a ana trabalho na limpeza do hospital municipal faz seis anos',
        'eu conheço a rotina dos pacientes e ajudo as enfermeiras quando precisa',
      ],
    ],
    [
      'pt',
      pharmacist.pt,
      'Marcos Souza\nLondrina/PR\n\nEXPERIÊNCIA\nBalconista - Drogaria Popular (2020 - atual)\n- Atendimento ao cliente, venda de perfumaria\nRepositor - Muffato (2017 - 2020)\n\nFORMAÇÃO\nEnsino médio completo\nCurso de Atendente de Farmácia (60h) - SENAC',
      [
        'eu sou balconista na drogaria popular faz cinco anos',
        'eu fiz o curso de atendente de farmácia e ajudo a farmacêutica com os controlados',
      ],
    ],
  ] as const)('%s: %s', (language, job, resumeText, answers) => {
    const verdict = checkFit({ ...job, resumeText, answers: [...answers], language: language === 'pt' ? 'pt-BR' : language });
    expect(verdict.fits, verdict.reason).toBe(false);
  });
});

describe('checkFit: a plausible candidate from the same setting keeps the interview', () => {
  it.each([
    [
      'en',
      nurse.en,
      'Dana Roe\nSpringfield, IL\n\nEXPERIENCE\nHospital Receptionist - Mercy Hospital (2019 - present)\n- Check in 120 patients a day\n\nEDUCATION\nBSN, University of Illinois (2024)\nNCLEX-RN passed, license pending',
      ["I'm a receptionist at Mercy and I just graduated with my BSN", 'I did my clinical rotations on med-surg'],
    ],
    [
      'en',
      teacher.en,
      'Luis Ortega\nDayton, OH\n\nEXPERIENCE\nSchool Custodian - Dayton Public Schools (2014 - 2022)\nParaprofessional, 4th grade classroom (2022 - present)\n- Small-group reading instruction\n\nEDUCATION\nB.A. Elementary Education, Wright State (2024)\nAlternative teaching certification program, enrolled',
      ["I'm a paraprofessional now and I finished my elementary education degree", 'I teach small reading groups every day'],
    ],
    [
      'es',
      nurse.es,
      'Rosa Pérez\nSevilla\n\nEXPERIENCIA\nLimpiadora - Hospital Virgen del Rocío (2014 - 2019)\nTécnica en Cuidados Auxiliares de Enfermería - Hospital Virgen del Rocío (2019 - actualidad)\n\nFORMACIÓN\nGrado en Enfermería, Universidad de Sevilla (2024)',
      ['soy técnica en cuidados de enfermería y terminé el grado en enfermería', 'estoy colegiada desde este año'],
    ],
    [
      'pt',
      nurse.pt,
      'Ana Lima\nCampinas/SP\n\nEXPERIÊNCIA\nTécnica de enfermagem - Hospital Municipal (2018 - atual)\nOperadora de caixa - Carrefour (2015 - 2018)\n\nFORMAÇÃO\nGraduação em Enfermagem - PUC Campinas (2024)',
      ['sou técnica de enfermagem no hospital municipal e me formei em enfermagem', 'o meu coren de enfermeira saiu mês passado'],
    ],
    [
      'pt',
      pharmacist.pt,
      'Marcos Souza\nLondrina/PR\n\nEXPERIÊNCIA\nBalconista - Drogaria Popular (2018 - atual)\n- Atendimento ao cliente\n\nFORMAÇÃO\nBacharelado em Farmácia - UEL (2024)\nCRF-PR ativo',
      ['sou balconista e me formei em farmácia no ano passado', 'meu CRF já está ativo'],
    ],
    [
      'en',
      nurse.en,
      'Dana Roe\nSpringfield, IL\n\nEXPERIENCE\nEnvironmental Services Cleaner - Mercy Hospital (2020 - present)\n- Clean patient rooms and the ICU\n\nEDUCATION\nCurrently enrolled, ADN program, Lincoln Land Community College (graduating May 2026)',
      ["I clean rooms at Mercy and I'm in the last semester of my ADN", 'the patients on the unit know me'],
    ],
    [
      'es',
      pharmacist.es,
      'Javier Ruiz\nValencia\n\nEXPERIENCIA\nCajero - Farmacia Central (2019 - actualidad)\n- Cobro y atención al público\n\nFORMACIÓN\nEstudiante de 5º de Farmacia, Universitat de València',
      ['soy cajero en una farmacia y estoy terminando la carrera de farmacia', 'hago las prácticas tuteladas este verano'],
    ],
    [
      'pt',
      pharmacist.pt,
      'Marcos Souza\nLondrina/PR\n\nEXPERIÊNCIA\nBalconista - Drogaria Popular (2018 - atual)\n- Atendimento ao cliente\n\nFORMAÇÃO\nCursando Farmácia - 9º período, UEL',
      ['sou balconista e estou cursando farmácia', 'faço estágio na farmácia da universidade'],
    ],
  ] as const)('%s: %s', (language, job, resumeText, answers) => {
    const verdict = checkFit({ ...job, resumeText, answers: [...answers], language: language === 'pt' ? 'pt-BR' : language });
    expect(verdict.fits, verdict.reason).toBe(true);
  });
});
