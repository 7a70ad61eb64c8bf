import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { credentialMarks, licenceRequired, tradeHead, tradeStems } from '../src/fit-check/licensed-role.ts';
import { clauses } from '../src/fit-check/negation.ts';
import { resumeRoles } from '../src/fit-check/resume-roles.ts';
import { introductoryCourse, secondHand } from '../src/fit-check/second-hand.ts';
import { describesSelf } from '../src/fit-check/self-description.ts';
import { deniesTrade, tradeCredentialRequired } from '../src/fit-check/trade-credential.ts';
import { foldText, tokenize } from '../src/fold-text.ts';

const words = (text: string) => tokenize(foldText(text));

describe('what a candidate claims, and what is only talk', () => {
  it('reads Portuguese "no" as "in the", and cuts a transcribed run at its connectors', () => {
    expect(clauses('trabalho no hospital há cinco anos', 'pt')[0]?.negated).toBe(false);
    expect(clauses('no tengo la colegiación', 'es')[0]?.negated).toBe(true);
    const run = clauses('i have been at target for five years and i love helping people so i have my cpr and i learn fast', 'en');
    expect(run.length).toBeGreaterThan(2);
    // Without a language the clause breaks stay as the reviewer reads them.
    expect(clauses('i have been at target for five years and i love helping people so i have my cpr and i learn fast')).toHaveLength(1);
  });

  it('tells a liking, someone else’s job or an opinion from the candidate’s own work', () => {
    expect(secondHand(words("my wife's a nurse at valley community"))).toBe(true);
    expect(secondHand(words('amo a los animales'))).toBe(true);
    expect(secondHand(words('vi que pagaban bien'))).toBe(true);
    expect(secondHand(words('i worked nights as a nurse aide for two years'))).toBe(false);
  });

  it('hears candidates say what they are, do, studied or hold — not whom they work beside', () => {
    expect(describesSelf(words("i'm a cashier at publix"))).toBe(true);
    expect(describesSelf(words('trabajo de teleoperador en konecta'))).toBe(true);
    expect(describesSelf(words('me formei em farmácia em 2019'))).toBe(true);
    expect(describesSelf(words('so i did the program at pima medical and finished this spring'))).toBe(true);
    expect(describesSelf(words('fiz o técnico no senai à noite'))).toBe(true);
    expect(describesSelf(words('i work with structural engineers all the time'))).toBe(false);
  });

  it('takes a short or introductory course for an interest, not for training towards a licence', () => {
    expect(introductoryCourse(words('Some college (Psychology 101, Sociology 101)'))).toBe(true);
    expect(introductoryCourse(words('and i took psych one oh one at usm'))).toBe(true);
    expect(introductoryCourse(words('Curso online "Nutrição esportiva" (Udemy, 12 h)'))).toBe(true);
    expect(introductoryCourse(words('B.S. Nursing, University of Central Florida, 2024'))).toBe(false);
  });

  it('reads a resume’s roles before the employer, without bullets or section headings', () => {
    const roles = resumeRoles(
      'Marisol Fuentes\nCustomer Service Representative — Delta Dental call center (2022 – present)\n• Explain coverage for cleanings and crowns\nEducation: High School Diploma, 2019',
    );
    expect(roles).toContain('customer service representative');
    expect(roles.join(' ')).not.toMatch(/dental|crowns|education/);
  });
});

describe('the trade and its credential', () => {
  it('finds the trade after a technician’s or an intern’s title, and drops ranks', () => {
    expect(tradeStems('Técnico(a) em Radiologia - Tomografia', 'pt')).toHaveLength(1);
    expect(tradeStems('Técnico(a) em Radiologia - Tomografia', 'pt')[0]).toMatch(/^radiolog/);
    expect(tradeStems('Estágio em Nutrição Clínica', 'pt')[0]).toMatch(/^nutri/);
    expect(tradeStems('Litigation Associate Attorney (3-5 years)', 'en').join(' ')).not.toMatch(/associ/);
  });

  it('names the profession by its head word, and a broad one by the words that narrow it', () => {
    expect(tradeHead(tradeStems('Special Education Teacher', 'en'), 'en')).toEqual(tradeStems('Teacher', 'en'));
    expect(tradeHead(tradeStems('Abogado/a Litigante Laboral', 'es'), 'es')).toEqual(tradeStems('Abogado', 'es'));
    expect(tradeHead(tradeStems('Ingeniero/a Civil', 'es'), 'es')).toEqual(tradeStems('Civil', 'es'));
  });

  it('takes training in the trade for a credential only when the requirement names the trade', () => {
    const physio = tradeStems('Fisioterapeuta', 'es');
    expect(tradeCredentialRequired(physio, 'Requisitos:\n- Grado en Fisioterapia (imprescindible)', 'es')).toBe(true);
    const analyst = tradeStems('Data Analyst', 'en');
    expect(tradeCredentialRequired(analyst, "Requirements:\n- Bachelor's degree in a quantitative field", 'en')).toBe(false);
  });

  it('hears a denial of the trade or its training, and not any denial', () => {
    expect(deniesTrade(['no soy abogado'], tradeStems('Abogado/a Laboralista', 'es'), [], 'es')).toBe(true);
    expect(deniesTrade(['eu nunca soldei'], tradeStems('Soldador(a) TIG', 'pt'), [], 'pt')).toBe(true);
    expect(deniesTrade(["i don't like night shifts"], tradeStems('Registered Nurse', 'en'), [], 'en')).toBe(false);
  });

  it('reads "Minimum requirements" as asking, a preference as no condition, and REQUIRED as no credential', () => {
    expect(licenceRequired('First Officer', 'Minimum requirements\n- FAA Airline Transport Pilot (ATP) certificate')).toBe(true);
    expect(licenceRequired('Operations Manager', "What you need\n• Bachelor's degree preferred; equivalent experience considered")).toBe(
      false,
    );
    expect(credentialMarks('Requirements:\n- California RN license - REQUIRED')).not.toContain('required');
  });
});

describe('checkFit on a licensed trade, without the candidate saying so', () => {
  const icu = {
    jobTitle: 'ICU Registered Nurse',
    jobDescription:
      'Provide care for critically ill patients, titrate drips, manage ventilated patients.\n\nRequirements:\n- Current California Registered Nurse (RN) license - REQUIRED\n- Graduate of an accredited nursing program (ADN or BSN)',
  };
  const cashier =
    'Brittany Cole\nSacramento, CA\n\nCashier / Customer Service Lead - Target, 2019-present\n- Handle 100+ guests per shift\n- Resolve complaints with empathy\n\nSkills: teamwork, compassion, Microsoft Excel';

  it('ends a resume that claims nothing of it, however warmly the candidate speaks of the field', () => {
    const verdict = checkFit({
      ...icu,
      resumeText: cashier,
      answers: [
        "hi im brittany i've been at target for five years and honestly i love helping people and my mom says i'd be a great nurse",
      ],
      language: 'en',
    });
    expect(verdict.fits).toBe(false);
    expect(verdict.reason).toContain('ICU Registered Nurse');
  });

  it('never ends the same resume with the nursing degree on it, nor one written in another language', () => {
    const graduate = `${cashier}\n\nEducation: BSN, Sacramento State School of Nursing, 2025`;
    expect(checkFit({ ...icu, resumeText: graduate, answers: [], language: 'en' }).fits).toBe(true);
    const enfermera =
      'Enfermera de terapia intensiva, Hospital Ángeles (2018 – actual)\n- Pacientes ventilados, drogas vasoactivas\nLicenciatura en Enfermería, UNAM (2017)';
    expect(checkFit({ ...icu, resumeText: enfermera, answers: [], language: 'en' }).fits).toBe(true);
  });

  it('says why in the interview’s language', () => {
    const verdict = checkFit({
      jobTitle: 'Fisioterapeuta - Clínica Deportiva',
      jobDescription:
        'Tratamiento de lesiones deportivas y readaptación.\n\nRequisitos:\n- Grado en Fisioterapia (imprescindible)\n- Colegiación',
      resumeText:
        'Manuel Cabello\nSevilla\n\nTeleoperador de atención al cliente — Konecta (2019 – actualidad)\n· 70-90 llamadas diarias\n\nBachillerato (2015)',
      answers: ['yo trabajo de teleoperador y me encanta el deporte y entreno a los chavales del barrio'],
      language: 'es',
    });
    expect(verdict.fits).toBe(false);
    expect(verdict.reason).toMatch(/^El puesto de Fisioterapeuta exige/);
  });
});
