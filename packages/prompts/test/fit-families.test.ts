import { describe, expect, it } from 'vitest';
import { checkFit } from '../src/fit-check/check-fit.ts';
import { licenceRequired, requiredLines } from '../src/fit-check/licensed-role.ts';
import { withoutSchoolLevel } from '../src/fit-check/same-setting.ts';
import { introductoryCourse, secondHand } from '../src/fit-check/second-hand.ts';
import { foldText, tokenize } from '../src/fold-text.ts';

const tokens = (text: string) => tokenize(foldText(text));

describe('what the fit check reads as a licensed profession', () => {
  it('never takes a school-leaving certificate for one ("High school diploma or GED required")', () => {
    const posting = 'Help customers at the counter.\n\nRequirements:\n- High school diploma or GED required\n- Weekend availability';
    expect(licenceRequired('Counter Associate', posting)).toBe(false);
    expect(requiredLines('Requisitos:\n- Ensino médio completo\n- Experiência com atendimento').join(' ')).not.toMatch(/medio/);
  });

  it('reads a credential obtainable after hire as no condition ("within 6 months of hire", "nos primeiros 90 dias")', () => {
    expect(requiredLines('Requirements:\n- CompTIA A+ certification required within 6 months of hire').join(' ')).not.toMatch(/comptia/);
    expect(requiredLines('Requisitos:\n- Certificação NR-35 nos primeiros 90 dias').join(' ')).not.toMatch(/nr-35/);
    expect(requiredLines('Requisitos:\n- Certificação NR-35 válida').join(' ')).toMatch(/nr-35/);
  });

  it('keeps an IT support career changer with the certificate in: the military, a home lab and CompTIA A+', () => {
    const verdict = checkFit({
      jobTitle: 'Help Desk Technician',
      jobDescription:
        'Support staff at our three offices.\n\nDuties:\n- Troubleshoot Windows laptops and printers\n- Reset passwords in Active Directory\n- Log tickets in Jira Service Management\n\nQualifications:\n- High school diploma or GED required\n- CompTIA A+ certification required within 6 months of hire\n- Valid driver’s license',
      resumeText:
        'Dana Brooks\nEl Paso, TX\n\nCERTIFICATIONS\nCompTIA A+ (2025)\n\nEXPERIENCE\nU.S. Army, Cargo Specialist (88H), 2016–2024\n• Tracked 300+ containers a month\n• Fixed the section’s laptops and radios\n\nEDUCATION\nHigh School Diploma, Socorro High School\n\nHome lab: Windows Server domain, users and group policies in Active Directory.',
      answers: ['i did eight years in the army, cargo specialist, and i just passed my a plus'],
      language: 'en',
    });
    expect(verdict.fits).toBe(true);
  });
});

describe('what is no background in the trade', () => {
  it('is not a trade the school level shares letters with ("ensino médio" is no "médico")', () => {
    expect(withoutSchoolLevel(tokens('Ensino médio completo – Escola Estadual'))).toEqual(['completo', 'escola', 'estadual']);
    expect(withoutSchoolLevel(tokens('Técnico em Enfermagem – SENAC'))).toEqual(tokens('Técnico em Enfermagem – SENAC'));
  });

  it.each([
    'and nursing has always been interesting to me',
    'siempre me ha apasionado la salud',
    'a veterinária sempre me interessou',
    'i host a weekly show with doctors as guests',
    'conduzo um programa com advogados convidados',
  ])('is a liking or someone else’s work: "%s"', (clause) => {
    expect(secondHand(tokens(clause))).toBe(true);
  });

  it.each([
    'i fly the 737 in microsoft flight simulator every night',
    'juego mucho simulador de vuelo con el a320',
    'em casa eu troquei toda a fiação e os disjuntores',
    'le hice la instalación eléctrica a mis vecinos',
    'i rewired the outlets in my garage',
    'i do taxes for friends as a hobby',
    'piloto de dron recreativo',
    'intereses: aviación, simuladores de vuelo, drones',
    'amateur astronomer with a backyard telescope',
  ])('is a pastime, not work in the trade: "%s"', (clause) => {
    expect(secondHand(tokens(clause))).toBe(true);
  });

  it.each([
    'i worked four years as a first officer on the a320',
    'trabajo como electricista matriculado en obras de la ciudad',
    'home lab with active directory and group policies',
    'represented our clients interests before the labor court',
  ])('is work, or training, of one’s own: "%s"', (clause) => {
    expect(secondHand(tokens(clause))).toBe(false);
  });

  it('ends a licensed trade the candidate knows only as a pastime, and keeps the one who holds it and also works at home', () => {
    const job = {
      jobTitle: 'Electricista Matriculado',
      jobDescription:
        'Empresa constructora en Córdoba busca electricista.\nTareas: instalaciones en obra, tableros, puesta a tierra.\nRequisitos:\n- Matrícula de electricista habilitado (excluyente)\n- Tres años de experiencia en obra',
      language: 'es' as const,
    };
    const pastime = checkFit({
      ...job,
      resumeText:
        'Lucía Ferreyra\nCórdoba\n\nEXPERIENCIA\nCajera - Supermercado Disco (2017 - actualidad)\n- Atención en caja y cierre de turno\nRepositora - Farmacia Líder (2014 - 2017)\n\nFORMACIÓN\nSecundario completo',
      answers: [
        'hola soy lucía trabajo de cajera en el disco hace siete años',
        'lo más relacionado es que en mi casa hice toda la instalación eléctrica y a mis vecinos les cambio los enchufes y las llaves',
      ],
    });
    expect(pastime.fits).toBe(false);
    const trade = checkFit({
      ...job,
      resumeText:
        'Lucía Ferreyra\nCórdoba\n\nEXPERIENCIA\nElectricista matriculada - Obras Norte (2018 - actualidad)\n- Tableros y puesta a tierra en edificios\nAyudante de electricista - Instalaciones Sur (2015 - 2018)\n\nFORMACIÓN\nTécnica electricista - IPET 50',
      answers: [
        'hola soy lucía soy electricista matriculada hace seis años',
        'en obra armo tableros y en mi casa también hice toda la instalación',
      ],
    });
    expect(trade.fits).toBe(true);
  });
});

describe('what the job itself is', () => {
  const job = {
    jobTitle: 'Backend Developer (Go)',
    jobDescription:
      'Build payment APIs in Go and PostgreSQL, deployed on Kubernetes.\n\nRequirements:\n- 4+ years building backend services\n- Strong Go and SQL skills\n\nBenefits:\n- Medical, dental and vision insurance from day one\n- On-site clinic with a nurse practitioner\n- Mental health therapy sessions and pharmacy discounts',
    language: 'en' as const,
  };
  const resumeText =
    'Priya Nair\nAustin, TX\n\nEXPERIENCE\nCharge Nurse - St. David’s Medical Center ICU (2015 - present)\n- Led a team of 10 nurses per shift\n- Charted in Epic; kept sepsis bundle compliance above 95%\n\nEDUCATION\nBSN, University of Texas (2014)\nCourses: Intro to Python (Udemy, 5 h)';

  it('does not read the health cover it offers as work in healthcare: an ICU nurse is not from a neighbouring field', () => {
    const verdict = checkFit({
      jobTitle: 'Desarrollador/a Backend Go',
      jobDescription:
        'Construir servicios de pagos en Go y PostgreSQL sobre Kubernetes.\n\nRequisitos:\n- 4 años construyendo servicios backend\n- Buen manejo de Go y SQL\n\nBeneficios: medicina prepagada, seguro de salud familiar, consultorio médico en la oficina y descuentos en farmacias.',
      resumeText:
        'Laura Gómez\nBogotá\n\nEXPERIENCIA\nEnfermera Jefe - Clínica del Country, UCI (2015 - actual)\n- Coordinación de 10 auxiliares de enfermería por turno\n- Registro en historia clínica electrónica\n\nFORMACIÓN\nEnfermería, Universidad Nacional (2014)',
      answers: ['hola soy laura, soy enfermera jefe en una uci hace diez años y quiero cambiar de carrera'],
      language: 'es',
    });
    expect(verdict.fits).toBe(false);
  });

  it('reads a short online course as no training towards the job', () => {
    const verdict = checkFit({
      ...job,
      resumeText,
      answers: ['hi i am priya i have been an icu charge nurse for ten years and i want a change', 'i did a short python course online'],
    });
    expect(verdict.fits).toBe(false);
  });

  it('keeps the same nurse in once she shows training in what the job does', () => {
    const verdict = checkFit({
      ...job,
      resumeText: `${resumeText}\nBackend bootcamp (2025, 16 weeks): built a REST API in Go with PostgreSQL`,
      answers: ['hi i am priya, icu nurse, and i finished a sixteen week backend bootcamp in go this year'],
    });
    expect(verdict.fits).toBe(true);
  });

  it('takes a course of a few hours for an introduction ("Platzi, unas seis horitas")', () => {
    expect(secondHand(tokens('hice un curso de python en platzi de unas seis horitas'))).toBe(false);
    expect(introductoryCourse(tokens('hice un curso de python en platzi de unas seis horitas'))).toBe(true);
  });
});
