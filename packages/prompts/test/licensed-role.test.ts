import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import {
  aspires,
  credentialMandatory,
  credentialMarks,
  licenceRequired,
  namedLicenceRequired,
  requiredCredential,
  tradeShown,
  tradeStems,
} from '../src/fit-check/licensed-role.ts';
import { describesSelf } from '../src/fit-check/self-description.ts';
import { deniesTrade } from '../src/fit-check/trade-credential.ts';
import { foldText, tokenize } from '../src/fold-text.ts';

const rn = {
  jobTitle: 'Registered Nurse - Med/Surg (Nights)',
  jobDescription:
    'Care for 5-6 adult patients per shift on a 32-bed unit; administer medications and IV therapy; document in Epic.\n\nRequirements:\n- Active state RN license\n- BLS required\n\nBenefits:\n- Tuition reimbursement',
};
const cashier =
  'Brianna Moss\nKissimmee, FL\n\nEXPERIENCE\nCashier — Publix Super Markets (2021 – present)\n• Ring up 300+ customers per shift; handle returns and cash balancing\n• Trained 6 new cashiers\n\nEDUCATION\nHigh school diploma, 2019';

describe('licenceRequired', () => {
  it('reads a licence in the title, or under a Requirements heading even when the bullet says nothing of "required"', () => {
    expect(licenceRequired('Licensed Electrician', 'Install and repair wiring.')).toBe(true);
    expect(
      licenceRequired('Abogado/a Laboralista', 'Llevar juicios laborales.\n\nRequisitos:\n- Título de abogado\n- 3 años de experiencia'),
    ).toBe(true);
    expect(licenceRequired(rn.jobTitle, rn.jobDescription)).toBe(true);
  });

  it('does not take a nice-to-have certificate, or one the benefits offer, for a condition of the job', () => {
    expect(licenceRequired('Warehouse Associate', 'Pick and pack orders.\n\nNice to have:\n- Forklift certification')).toBe(false);
    expect(licenceRequired('Barista', 'Make coffee.\n\nWe offer:\n- Paid food-safety certification')).toBe(false);
  });
});

describe('a "Required:" heading', () => {
  it.each([
    ['Line maintenance on 757s.\n\nRequired:\n- FAA Airframe & Powerplant (A&P) certificate\n- 2+ years of line maintenance', true],
    ['Line maintenance on 757s.\n\nNice to have:\n- FAA Airframe & Powerplant (A&P) certificate', false],
    ['Line maintenance on 757s.\n\nRequired:\n- 2+ years of line maintenance\n\nBenefits:\n- FAA A&P school paid', false],
  ])('opens what the job asks for, as "Requirements:" does: %s', (description, expected) => {
    expect(namedLicenceRequired(description)).toBe(expected);
  });
});

describe('a credential the posting makes mandatory in so many words', () => {
  it('is one that says so in its own line, not any certificate or degree listed under Requirements', () => {
    expect(credentialMandatory('Turmas do 8º ano.\n\nRequisitos:\n- Licenciatura em Física (obrigatório)\n- Experiência em sala')).toBe(
      true,
    );
    expect(credentialMandatory('Care for patients.\n\nRequirements:\n- Bachelor of Science in Nursing required')).toBe(true);
    expect(
      credentialMandatory('Lead the night crew.\n\nRequirements:\n- Forklift certification (or able to get certified in your first month)'),
    ).toBe(false);
    expect(credentialMandatory('Design courses.\n\nQualifications:\n- Bachelor’s degree in education, psychology or related')).toBe(false);
    expect(credentialMandatory('Run jobsites.\n\nRequirements:\n- Degree in construction management helpful but not required')).toBe(false);
    expect(licenceRequired('Site Coordinator', 'Run jobsites.\n\nRequirements:\n- A degree is not required')).toBe(false);
  });
});

describe('the trade a title names', () => {
  it('keeps the trade and drops rank, kind of role and shift', () => {
    expect(tradeStems('Journeyman Electrician - Commercial', 'en')).toEqual(['electrician']);
    expect(tradeStems('Senior Tax Accountant', 'en')).toEqual(['tax', 'account']);
    expect(tradeStems('Enfermero/a Clínico - Servicio de Medicina', 'es')).toHaveLength(1);
    // A technician's trade follows the grade: "Técnico Superior en Imagen" is imaging, not "superior".
    expect(tradeStems('Técnico/a Superior en Imagen para el Diagnóstico', 'es')).not.toContain('superior');
    expect(tradeStems('Técnico/a Superior en Imagen para el Diagnóstico', 'es')).toContain(tradeStems('Imagen', 'es')[0]);
  });

  it('is shown by the word, its family, its discipline or the posting’s short credential', () => {
    const seen = (text: string, title: string, language: 'en' | 'es' = 'en') => {
      const tokens = tokenize(foldText(text));
      return tradeShown(tradeStems(title, language), credentialMarks(title), tokens, tokens);
    };
    expect(seen('software developer, Node.js APIs for fleet sensors', 'Journeyman Electrician', 'en')).toBe(false);
    expect(seen('apprentice on commercial electrical installations', 'Journeyman Electrician', 'en')).toBe(true);
    expect(seen('electrician apprentice, four years', 'Journeyman Electrician', 'en')).toBe(true);
    expect(seen('Licenciado en Derecho, despacho laboral', 'Abogado/a Laboralista', 'es')).toBe(true);
    expect(seen('Técnico en contabilidad, cierres mensuales', 'Contador/a Senior', 'es')).toBe(true);
    expect(seen('graphic designer, branding', 'Senior Tax Accountant (CPA)', 'en')).toBe(false);
    expect(seen('passed the CPA exam in 2022', 'Senior Tax Accountant (CPA)', 'en')).toBe(true);
    expect(seen('fiz muito APH em acidente de trânsito', 'Socorrista - Brigada de Emergência', 'es')).toBe(true);
    expect(seen('caixa de supermercado, atendimento', 'Socorrista - Brigada de Emergência', 'es')).toBe(false);
  });

  it('is shown by the short name the title gives the trade in brackets', () => {
    const title = 'Auxiliar de Enfermagem (AE) - Hospital Dia';
    expect(credentialMarks(`${title}\nCuidar de pacientes.`)).toContain('ae');
    const tokens = tokenize(foldText('AE no Hospital Santa Rita desde 2020'));
    expect(tradeShown(['xyz'], credentialMarks(`${title}\nCuidar de pacientes.`), tokens, tokens)).toBe(true);
  });

  it('counts a credential said to be in force as one the candidate holds', () => {
    expect(describesSelf(tokenize(foldText('o meu registro no conselho saiu mês passado, já tá ativo')))).toBe(true);
    expect(describesSelf(tokenize(foldText('my state license is active through 2027')))).toBe(true);
    expect(describesSelf(tokenize(foldText('the license office was closed that day')))).toBe(false);
    expect(describesSelf(tokenize(foldText('ya estoy colegiado desde septiembre')))).toBe(true);
    expect(describesSelf(tokenize(foldText('sou registrada no conselho regional')))).toBe(true);
  });

  it('tells wanting from having done, and a denied credential from a denied anything', () => {
    expect(aspires(tokenize("i'd love to work as a nurse"))).toBe(true);
    expect(aspires(tokenize('i worked nights as a nurse aide'))).toBe(false);
    expect(deniesTrade(["no i don't have a nursing license yet"], [], [], 'en')).toBe(true);
    expect(deniesTrade(['no tengo tecnico en electrica ni nr-10'], [], ['nr-10'], 'es')).toBe(true);
    expect(deniesTrade(["i don't like night shifts"], [], [], 'en')).toBe(false);
  });
});

describe('checkFit on a licensed role', () => {
  it('does not end a supervisor from the same work in other words where the only certificate can be got after hiring', () => {
    const verdict = checkFit({
      jobTitle: 'Warehouse Operations Supervisor',
      jobDescription:
        'Run the overnight crew of 30 in our cross-dock; plan labor in the WMS; lead safety talks.\n\nRequirements:\n- 2+ years leading a crew in distribution\n- Forklift certification (or able to get certified in your first month)',
      resumeText: 'Marcus Hill\nTeam Lead, Inbound — Amazon fulfillment center, Tracy CA (2020 – present)',
      answers: ['right now I lead inbound on nights at an Amazon fulfillment center, about twenty five people'],
      language: 'en',
    });
    expect(verdict.fits).toBe(true);
  });

  const fit = (resumeText: string, answers: string[]) => checkFit({ ...rn, resumeText, answers, language: 'en' });

  it('ends a candidate who says they lack the licence and whose resume shows neither the trade nor it', () => {
    const verdict = fit(cashier, [
      "I'm a cashier at Publix and I really want to get into healthcare, the nurses were amazing with my mom",
      "no I don't have a nursing license yet, I'm thinking about the program next year",
    ]);
    expect(verdict.fits).toBe(false);
    expect(verdict.reason).toContain('Registered Nurse');
  });

  it('never ends a career changer whose resume shows the training, nor a nurse who writes only "RN"', () => {
    const graduate = `${cashier}\nBSN, Valencia College School of Nursing (2026); clinical rotations in med-surg and ICU`;
    expect(fit(graduate, ["I don't have my license yet, I sit the NCLEX next month"]).fits).toBe(true);
    expect(fit('Dana Ruiz\nStaff RN, Mercy Hospital (2019 – present)\n• 5-6 patients per shift, telemetry', []).fits).toBe(true);
  });

  it('never ends someone saying they lack a background where the posting asks for no licence', () => {
    const verdict = checkFit({
      jobTitle: 'Recruiter - Healthcare Staffing',
      jobDescription:
        'Source and screen nurses for our hospital clients, make 60 calls a day, hit weekly placement goals.\n\nRequirements:\n- 1+ year in recruiting, staffing or sales',
      resumeText: 'Tyler Grant\nSales Consultant — Honda dealership (2021 – present)\n• Sold 14 vehicles a month; 120% of quota',
      answers: ["I don't have a clinical background, but phones all day is not a problem for me"],
      language: 'en',
    });
    expect(verdict.fits).toBe(true);
  });
});

describe('checkFit on a coordinating role', () => {
  it('does not end an organiser from another industry where the posting coordinates projects', () => {
    const verdict = checkFit({
      jobTitle: 'Project Coordinator - Commercial Construction',
      jobDescription:
        'Support project managers on hospital and retail builds: track RFIs and submittals in Procore, keep schedules, process subcontractor change orders.\n\nRequirements:\n- 2+ years of coordination in a deadline-driven industry\n- Microsoft Office',
      resumeText:
        'Priya Natarajan\nConference Producer — Westfield Events (2017 – present)\n• Ran 60+ conferences a year, 30 vendors each, budgets to $400k\n• Contracts, deposits and change requests tracked in Smartsheet',
      answers: ['I produce conferences, so every week is vendor contracts, deposits and changes against a date that cannot move'],
      language: 'en',
    });
    expect(verdict.fits).toBe(true);
  });
});

describe('a credential with its grade written on it', () => {
  it('reads "EMT-Basic" in the posting as the credential "EMT", and the resume\'s "EMT-Basic" as showing it', () => {
    const posting =
      'ED Tech (Emergency Department Technician)\nQualifications:\n- Current certification as EMT-Basic, EMT-Paramedic, or CNA with ED experience (required)\n- BLS required';
    const marks = credentialMarks(posting);
    expect(marks).toContain('emt');
    expect(marks.some((mark) => mark.endsWith('-'))).toBe(false);
    expect(tradeShown(['emerg', 'depart'], marks, [], tokenize(foldText('EMT-Basic, American Medical Response, 2017-2020')))).toBe(true);
  });

  it('never ends a paramedic for an ED technician post that asks for an EMT certification', () => {
    const verdict = checkFit({
      jobTitle: 'Emergency Department Technician',
      jobDescription:
        'The ED Technician works under the direction of the RN in a 48-bed emergency department.\nDuties include:\n- Obtain vital signs, 12-lead EKGs, point-of-care testing\n- Splinting, wound care, assisting with trauma activations\nQualifications:\n- Current certification as EMT-Basic, EMT-Paramedic, or CNA with ED experience (required)\n- BLS required',
      resumeText:
        'TYRELL WASHINGTON\nKansas City, KS\n\nEXPERIENCE\nParamedic, Johnson County Med-Act - 2020 to present\n- ALS care on a busy 911 unit, about 2,500 calls a year\n- IV/IO access, 12-lead acquisition, airway management\nEMT-Basic, American Medical Response - 2017-2020\n- Interfacility transports, BLS 911 backup',
      answers: ['I have been a medic on the street for five years, and before that an EMT for three.'],
      language: 'en',
    });
    expect(verdict.fits).toBe(true);
  });
});

describe('a licence card named as people name it', () => {
  it('reads a "carné de operador" or a "tarjeta profesional" as a licence, not meat', () => {
    expect(
      licenceRequired('Operador/a de Grúa Torre', 'Requisitos:\n- Carné de Operador de Grúa Torre (RD 836/2003) en vigor - imprescindible'),
    ).toBe(true);
    expect(licenceRequired('Ingeniero/a Civil', 'Requisitos:\n- Tarjeta profesional vigente (obligatoria)')).toBe(true);
    expect(licenceRequired('Carnicero/a', 'Requisitos:\n- Experiencia en cortes de carne de res y cerdo (imprescindible)')).toBe(false);
  });
});

describe('requiredCredential', () => {
  it('tells a degree the posting asks for from a licence, in every language ("licenciatura" is a degree)', () => {
    expect(requiredCredential('Enfermero/a', 'Atención en planta.\n\nRequisitos:\n- Licenciatura en Enfermería (excluyente)')).toBe(
      'degree',
    );
    expect(
      requiredCredential('Professor de Matemática', 'Aulas no fundamental II.\n\nRequisitos:\n- Licenciatura em Matemática (obrigatório)'),
    ).toBe('degree');
    expect(requiredCredential(rn.jobTitle, rn.jobDescription)).toBe('licence');
    expect(requiredCredential('Electricista', 'Instalaciones.\n\nRequisitos:\n- Licencia de instalador eléctrico vigente')).toBe('licence');
    expect(requiredCredential('Staff Nurse', 'Requirements:\n- BSN\n- Active RN license')).toBe('degree_or_licence');
  });

  it('names the degree in the reason an ending gives, not a licence', () => {
    const verdict = checkFit({
      jobTitle: 'Fisioterapeuta - Clínica Deportiva',
      jobDescription: 'Tratamiento de lesiones deportivas y readaptación.\n\nRequisitos:\n- Grado en Fisioterapia (imprescindible)',
      resumeText:
        'Manuel Cabello\nSevilla\n\nTeleoperador de atención al cliente — Konecta (2019 – actualidad)\n· 70-90 llamadas diarias\n\nBachillerato (2015)',
      answers: ['yo trabajo de teleoperador y me encanta el deporte y entreno a los chavales del barrio'],
      language: 'es',
    });
    expect(verdict.fits).toBe(false);
    expect(verdict.reason).toContain('un título en el área');
    expect(verdict.reason).not.toContain('licencia');
  });
});
