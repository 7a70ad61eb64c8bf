import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { tradeHead, tradeStems } from '../src/fit-check/licensed-role.ts';
import { resumeRoleLines } from '../src/fit-check/resume-roles.ts';
import {
  besideTheTrade,
  entryLevelTrade,
  furtherTraining,
  namesShortCourse,
  ownsTrade,
  untrainedRole,
  withoutSettingMentions,
} from '../src/fit-check/same-setting.ts';
import { foldText, tokenize } from '../src/fold-text.ts';
import { distractors, jobs, plausible, type Case } from './fixtures/same-setting-cases.ts';

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
    ['en', 'CNA, Sunrise Senior Living (2021 - present)'],
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

describe('entryLevelTrade', () => {
  it.each([
    ['en', 'Pharmacy Technician', true],
    ['en', 'Dental Assistant - Pediatric Office', true],
    ['es', 'Técnico/a en Cuidados Auxiliares de Enfermería (TCAE)', true],
    ['es', 'Auxiliar de Farmacia', true],
    ['pt', 'Técnico(a) de Enfermagem', true],
    ['en', 'Registered Nurse - Med/Surg', false],
    ['es', 'Enfermero/a de Urgencias', false],
    ['pt', 'Farmacêutico(a) Responsável Técnico', false],
  ] as const)('%s: "%s" is the entry level of its trade: %s', (language, title, expected) => {
    expect(entryLevelTrade(title, language)).toBe(expected);
  });
});

describe('besideTheTrade', () => {
  const speaksHealth = (tokens: string[]) => tokens.some((token) => /^(uti|icu|nurs|enferm|hospital|paciente|patient)/.test(token));
  it.each([
    ['en', 'Dana Roe\nHospital Receptionist - St. Mary (2019 - present)\n- Check in patients\nHigh school diploma, 2015'],
    ['es', 'Ana Gil\nAuxiliar de limpieza - Hospital Clínico (2018 - actualidad)\nSecundaria completa'],
    ['pt', 'Ana Lima\nOperadora de caixa - Atakarejo (2019 - atual)\nObjetivo: atuar na UTI\nCurso de cuidador (40h) - online'],
    ['pt', 'Ana Lima\nOperadora de caixa - Atakarejo (2019 - atual)\nInglês para enfermagem (intermediário)\nEnsino médio completo'],
  ])(
    '%s: the roles place the candidate beside the trade (objectives, short courses, schooling and languages are no role)',
    (_language, resume) => {
      expect(besideTheTrade(resumeRoleLines(resume), speaksHealth)).toBe(true);
    },
  );

  it.each([
    ['en', 'Dana Roe\nHospital Receptionist (2015 - 2019)\nICU patient care technician (2019 - present)'],
    ['es', 'Ana Gil\nAuxiliar de enfermería - Hospital Clínico (2018 - actualidad)'],
    ['pt', 'Ana Lima\nTécnica de enfermagem - UTI adulto (2019 - atual)\nOperadora de caixa (2015 - 2018)'],
    ['pt', 'Ana Lima\nProgramadora (2019 - atual)'],
  ])('%s: a trained role in the field, or no untrained role, keeps the candidate in it', (_language, resume) => {
    expect(besideTheTrade(resumeRoleLines(resume), speaksHealth)).toBe(false);
  });
});

const verdict = ([language, , job, resumeText, answers]: Case) =>
  checkFit({ ...jobs[job], resumeText, answers: [...answers], language: language === 'pt' ? 'pt-BR' : language });

describe('checkFit: a same-environment distractor ends, whatever words of the setting it shares', () => {
  it.each(distractors)('%s: %s', (...fitCase) => {
    const { fits, reason } = verdict(fitCase);
    expect(fits, reason).toBe(false);
  });
});

describe('checkFit: a plausible candidate from the same setting keeps the interview', () => {
  it.each(plausible)('%s: %s', (...fitCase) => {
    const { fits, reason } = verdict(fitCase);
    expect(fits, reason).toBe(true);
  });
});

describe('checkFit: a resume that stops before its schooling says nothing of training', () => {
  const cut = (fitCase: Case): Case => [
    fitCase[0],
    fitCase[1],
    fitCase[2],
    fitCase[3].split(/\n(EDUCATION|FORMACIÓN|FORMAÇÃO)\n/)[0] ?? '',
    fitCase[4],
  ];
  it.each(
    distractors.filter(([, who]) =>
      [
        'a hospital receptionist for a registered nurse',
        'un cajero de farmacia para farmacéutico',
        'um balconista de drogaria para farmacêutico',
      ].includes(who),
    ),
  )('%s: %s, cut before the education', (...fitCase) => {
    expect(verdict(fitCase).fits).toBe(false);
    const { fits, reason } = verdict(cut(fitCase));
    expect(fits, reason).toBe(true);
  });
});
