import { describe, expect, it } from 'vitest';
import { detectField } from '../src/field-detection/detect-field.ts';
import { fitPreview } from '../src/fit-check/fit-preview.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';
import { realisticPosts } from './fixtures/realistic-posts.ts';

const phrasesOf = (i: number, count = 8) => {
  const post = realisticPosts[i]!;
  const language = post.language === 'pt' ? 'pt-BR' : post.language;
  return requirementPhrases({ ...post, field: detectField(post).field, language }, count);
};

describe('requirementPhrases', () => {
  it('reads named tools, licences and domain tasks as the posting writes them', () => {
    const data = phrasesOf(0).map((r) => r.phrase);
    expect(data).toEqual(expect.arrayContaining(['APICS CPIM certification', 'SQL']));
    // "Experience with Python or R is a plus": what the posting only wishes for ranks after what it needs.
    if (data.includes('Python')) expect(data.indexOf('Python')).toBeGreaterThan(data.indexOf('SQL'));
    expect(data.some((p) => p.startsWith('Power BI'))).toBe(true);
    const maintenance = phrasesOf(1).map((r) => r.phrase);
    expect(maintenance).toEqual(expect.arrayContaining(['PLC Allen-Bradley', 'SAP PM']));
    // A domain task of "el plan de mantenimiento preventivo y correctivo de las líneas de envasado", as written.
    expect(maintenance.some((p) => ['mantenimiento preventivo', 'líneas de envasado'].includes(p))).toBe(true);
    const marketing = phrasesOf(2).map((r) => r.phrase);
    expect(marketing).toEqual(expect.arrayContaining(['Google Ads', 'GA4', 'Looker Studio', 'SEO']));
  });

  it('never takes the employer, the place, a verb, a framing word or a profession for a must-have', () => {
    const all = [0, 1, 2].flatMap(phrasesOf).map((r) => r.phrase);
    for (const wrong of [
      'Northwind',
      'Columbus',
      'Grupo Alimentos',
      'Nuevo León',
      'Casa Bela',
      'Brasil',
      'São Paulo',
      'Ingeniero',
      'Mecatrónica',
    ])
      expect(all.join(' | ')).not.toContain(wrong);
    for (const phrase of all) expect(phrase).not.toMatch(/^(build|write|planejar|ejecutar|experience|experiência|conhecimento|de|of)\b/i);
  });

  it.each([
    [
      'en',
      'We are looking for a backend developer for the payments team.',
      'You will build payment APIs in Node.js and TypeScript.',
      'we are looking',
    ],
    ['es', 'Buscamos desarrollador backend para el equipo de pagos.', 'Vas a construir APIs de pagos en Node.js y TypeScript.', 'buscamos'],
    [
      'pt-BR',
      'Procuramos desenvolvedor backend para o time de pagamentos.',
      'Você vai construir APIs de pagamento em Node.js e TypeScript.',
      'procuramos',
    ],
    [
      'pt-BR',
      'Contratamos desenvolvedor backend para o time de pagamentos.',
      'Você vai construir APIs de pagamento em Node.js e TypeScript.',
      'contratamos',
    ],
  ] as const)('%s: never takes the posting’s "we are looking for" line for a must-have', (language, opener, work, word) => {
    const jobDescription = [opener, work, '- Docker and Kubernetes', '- Redis'].join('\n');
    const phrases = requirementPhrases(
      {
        jobTitle: 'Backend Developer',
        jobDescription,
        resumeText: '4 years as a backend developer: payment APIs in Node.js.',
        field: 'engineering',
        language,
      },
      8,
    ).map((r) => r.phrase);
    expect(phrases).toContain('Node.js');
    expect(phrases.some((p) => p.toLowerCase().includes(word))).toBe(false);
  });

  it('marks what the resume shows, by a name it shares even when the rest differs', () => {
    const marketing = phrasesOf(2);
    expect(marketing.find((r) => r.phrase === 'GA4')?.onResume).toBe(true);
    expect(marketing.find((r) => r.phrase === 'SEO')?.onResume).toBe(false);
    // Excel ranks about eighth among the posting's tools: asked for ten, so its mark is what is tested, not its rank.
    expect(phrasesOf(0, 10).find((r) => r.phrase === 'Excel')?.onResume).toBe(false);
  });

  it('keeps a degree’s subject and "of" between names; the short form after a name is the same thing; a degree ranks last', () => {
    const phrases = requirementPhrases(
      {
        field: 'general',
        language: 'en',
        jobTitle: 'Litigation Paralegal',
        resumeText: 'Paralegal at a firm. Relativity reviews.',
        jobDescription: [
          'Hartwell & Crane is a 40-attorney litigation firm in Denver.',
          '',
          'Responsibilities',
          '- Enforce OSHA forklift rules on the floor',
          '- Calendar deadlines under the Federal Rules of Civil Procedure',
          '- Support three different trial teams',
          '- Maintain a few custom Python loaders',
          '- Coordinate Phase II studies',
          '',
          'Requirements',
          "- Bachelor's degree in Agronomy",
          '- Certified Crop Adviser (CCA)',
        ].join('\n'),
      },
      12,
    ).map((r) => r.phrase);
    expect(phrases).toEqual(
      expect.arrayContaining(['Federal Rules of Civil Procedure', "Bachelor's degree in Agronomy", 'Certified Crop Adviser']),
    );
    expect(phrases).not.toContain('CCA');
    expect(phrases.at(-1)).toBe("Bachelor's degree in Agronomy");
    // Never the employer, a verb, a count in words, a quantifier or a level in Roman numerals.
    for (const phrase of phrases) expect(phrase).not.toMatch(/^(enforce|three|different|few|II)\b|Hartwell|Crane/i);
  });

  it('keeps the subject of a degree in Spanish and Portuguese, and a name’s own capitalised word', () => {
    const es = requirementPhrases({
      field: 'healthcare',
      language: 'es',
      jobTitle: 'Fisioterapeuta',
      resumeText: 'Grado en Fisioterapia. Terapia manual.',
      jobDescription: 'Requisitos:\n- Grado en Fisioterapia\n- Experiencia en terapia manual',
    }).map((r) => r.phrase);
    expect(es).toContain('Grado en Fisioterapia');
    const pt = requirementPhrases({
      field: 'healthcare',
      language: 'pt-BR',
      jobTitle: 'Enfermeiro de UTI',
      resumeText: 'Graduação em Enfermagem. COREN-SP ativo.',
      jobDescription: 'Requisitos:\n- Graduação em Enfermagem\n- COREN-SP ativo',
    }).map((r) => r.phrase);
    expect(pt).toEqual(expect.arrayContaining(['Graduação em Enfermagem', 'COREN-SP ativo']));
    const en = requirementPhrases({
      field: 'agriculture',
      language: 'en',
      jobTitle: 'Field Agronomist',
      resumeText: 'Prescriptions in SMS Advanced.',
      jobDescription: 'Requirements\n- Build variable-rate seeding prescriptions in SMS Advanced',
    }).map((r) => r.phrase);
    expect(en).toContain('SMS Advanced');
  });

  it('ranks what the resume shows too before what it does not', () => {
    const found = requirementPhrases({
      field: 'engineering',
      language: 'en',
      jobTitle: 'Backend Engineer',
      resumeText: 'Built services on Kafka.',
      jobDescription: 'Requirements\n- Experience with Terraform and Kafka',
    });
    expect(found.map((r) => [r.phrase, r.onResume])).toEqual([
      ['Kafka', true],
      ['Terraform', false],
    ]);
  });

  // A tryout heard "A vaga pede pelas normas da NR-11", "preferência Manhattan" and "fluido de Figma" (written for this test).
  it('takes a qualifier, a preference or "pelas" off the head of a thing, and no employer that says what it is', () => {
    const phrases = (jobTitle: string, jobDescription: string, language: 'en' | 'es' | 'pt-BR') =>
      requirementPhrases({ jobTitle, jobDescription, resumeText: '', field: 'general', language }, 8).map((r) => r.phrase);
    const pt = phrases(
      'Coordenador de Armazém',
      'A Armazéns Bom Porto é uma distribuidora de bebidas.\nRequisitos:\n- Zelar pelas normas da NR-35\n- WMS, de preferência Manhattan ou Oracle WMS\n- Conhecimentos avançados de Power BI',
      'pt-BR',
    );
    expect(pt).toEqual(expect.arrayContaining(['normas da NR-35', 'Power BI']));
    // "Manhattan ou Oracle WMS" is one must-have, offered two ways: kept once.
    expect(pt.filter((p) => p === 'Manhattan' || p === 'Oracle WMS')).toHaveLength(1);
    expect(pt.filter((p) => /^(pelas|preferência|avançados)\b|Bom Porto/i.test(p))).toEqual([]);
    const es = phrases(
      'Analista Contable',
      'Requisitos:\n- Manejo fluido de SAP FI\n- Conocimientos básicos de Python\n- Inglés intermedio',
      'es',
    );
    expect(es).toEqual(expect.arrayContaining(['SAP FI', 'Python']));
    expect(es.filter((p) => /^(fluido|básicos)\b/i.test(p))).toEqual([]);
    const en = phrases('Data Analyst', 'Requirements:\n- Preferably Tableau or Looker\n- Solid SQL', 'en');
    expect(en).toEqual(expect.arrayContaining(['Tableau', 'SQL']));
    expect(en.filter((p) => /^(preferably|solid)\b/i.test(p))).toEqual([]);
  });

  it('never takes a clause for a thing: a verb after a noun, or when and how much', () => {
    const phrases = (language: 'en' | 'pt-BR', jobTitle: string, jobDescription: string) =>
      requirementPhrases(
        { field: detectField({ jobTitle, jobDescription }).field, language, jobTitle, resumeText: '', jobDescription },
        10,
      ).map((r) => r.phrase);
    const retail = phrases(
      'en',
      'Sales Associate - Footwear',
      "You'll greet and help customers find the right hiking boots and trail runners; measure feet and do gait fitting; meet quality standards on every fitting; hit personal and store sales goals; cover the extra week during peak season.",
    ).join(' | ');
    for (const clause of ['customers find', 'hit personal', 'meet quality', 'week during']) expect(retail).not.toContain(clause);
    const farm = phrases(
      'pt-BR',
      'Operador de Máquinas Agrícolas',
      'Operar pulverizadores autopropelidos, especialmente durante o plantio; manter o checklist diário do equipamento.',
    ).join(' | ');
    expect(farm).toContain('pulverizadores autopropelidos');
    expect(farm).not.toMatch(/especialmente|durante/);
  });

  it('never takes when the work happens for a thing to ask about, and keeps a name that looks like a day', () => {
    const found = requirementPhrases({
      field: 'general',
      language: 'en',
      jobTitle: 'Warehouse Shift Supervisor',
      resumeText: '',
      jobDescription: 'Night shift (10pm-6:30am), Sunday-Thursday.\nRequirements:\n- Experience with a WMS\n- Forklift certification',
    }).map((r) => r.phrase);
    expect(found).toEqual(expect.arrayContaining(['WMS']));
    expect(found.join(' | ')).not.toMatch(/Sunday|Thursday/);
    const mexico = requirementPhrases({
      field: 'finance',
      language: 'es',
      jobTitle: 'Auxiliar Contable',
      resumeText: '',
      jobDescription: 'Requisitos:\n- Declaraciones ante el SAT\n- Horario de lunes a viernes',
    }).map((r) => r.phrase);
    expect(mexico.join(' | ')).toContain('SAT');
    expect(mexico.join(' | ')).not.toMatch(/lunes|viernes/);
  });

  it('reads two short forms under one head as one thing ("Curso de BLS e SBV"), shown by either on the resume', () => {
    const phrases = requirementPhrases(
      {
        jobTitle: 'Técnico(a) de Enfermagem',
        jobDescription:
          'Requisitos:\n- Registro ativo no COREN-SP\n- Curso de BLS e SBV atualizado\n- Experiência com prontuário eletrônico (Tasy)',
        resumeText: 'Técnica de Enfermagem (2019 – atual)\nSBV — American Heart Association, 2024',
        field: 'healthcare',
        language: 'pt-BR',
      },
      6,
    );
    const course = phrases.filter((r) => /BLS|SBV/.test(r.phrase));
    expect(course.map((r) => r.phrase)).toEqual(['Curso de BLS e SBV atualizado']);
    expect(course[0]?.onResume).toBe(true);
  });

  it('never takes a word of a slash-written title ("Técnico/a") or a heading in capitals for a must-have', () => {
    const phrases = requirementPhrases(
      {
        jobTitle: 'Técnico/a de Mantenimiento Industrial',
        jobDescription:
          'TÉCNICO DE MANTENIMIENTO INDUSTRIAL\nFunciones:\n- Diagnóstico de fallas en PLC Siemens S7-1200\nRequisitos:\n- TÉCNICO con experiencia en planta\n- Registro de órdenes en SAP PM',
        resumeText: 'Técnico en planta de plásticos, PLC',
        field: 'general',
        language: 'es',
      },
      8,
    ).map((r) => r.phrase);
    expect(phrases).toEqual(expect.arrayContaining(['PLC Siemens S7-1200', 'SAP PM']));
    expect(phrases.join(' | ')).not.toMatch(/TÉCNICO|MANTENIMIENTO/);
  });
});

describe('a must-have the posting offers two ways', () => {
  const brief = {
    jobTitle: 'Data Analyst',
    jobDescription:
      'We turn shipment data into decisions.\n\nRequirements:\n- 2+ years of SQL\n- Dashboards in Tableau or Power BI\n- Python is a plus',
    resumeText:
      'Jordan Miles\nMath teacher, 6 years.\nData Analytics Bootcamp (2024): capstone in SQL and a Tableau dashboard of bike-share trips.',
    field: 'ai_ml' as const,
    language: 'en' as const,
  };

  it('is asked once, by the name the resume shows, and never said to be on the resume by the other name', () => {
    const found = requirementPhrases(brief, 8);
    expect(found.filter((r) => /Tableau|Power BI/.test(r.phrase))).toHaveLength(1);
    for (const r of found) if (/Power BI/.test(r.phrase)) expect(r.onResume).toBe(false);
  });

  it('is met by either: no gap on the form for the one the resume does not name', () => {
    expect(fitPreview({ ...brief, language: 'en' }).gaps).not.toContain('Power BI');
  });
});

describe('a posting the field model finds close between two fields', () => {
  // A payments product post: the model weighs Finance and Design about evenly.
  const brief = {
    jobTitle: 'Senior Product Manager - Payments',
    jobDescription:
      "You'll set strategy and roadmap for payment rails; work with engineering, risk and compliance to ship features safely; partner with bank and processor partners. Requirements: understanding of NACHA rules; SQL a plus.",
    resumeText: '',
    language: 'en' as const,
  };

  it('asks about the same domain words whichever side of the call the field fell on', () => {
    const asDesign = requirementPhrases({ ...brief, field: 'design' }).map((r) => r.phrase);
    const asFinance = requirementPhrases({ ...brief, field: 'finance' }).map((r) => r.phrase);
    expect(asDesign).toContain('payment rails');
    expect(asDesign).toEqual(asFinance);
  });
});
