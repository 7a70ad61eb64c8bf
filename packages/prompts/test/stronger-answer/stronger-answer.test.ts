import { describe, expect, it } from 'vitest';
import { independentInterviews } from '../../corpus/independent-sets.ts';
import { inventedFacts } from '../../src/stronger-answer/invented-facts.ts';
import { resumeStories } from '../../src/stronger-answer/resume-stories.ts';
import { checkedExample, strongerAnswer, strongerAnswerText } from '../../src/stronger-answer/stronger-answer.ts';

const resume = [
  'LUCÍA FERNÁNDEZ ORTEGA',
  'Desarrolladora Full Stack · Madrid · github.com/luferor',
  'EXPERIENCIA',
  'Cabify – Software Engineer (2021–actualidad): servicio de tarifas en Node/TypeScript; migración de MySQL a PostgreSQL; reducción del p95 de la API de precios de 900 ms a 180 ms.',
  'Idealista – Desarrolladora Web (2018–2021): buscador en React, integración con Google Maps.',
  'FORMACIÓN: Grado en Ingeniería Informática, Universidad Politécnica de Madrid',
].join('\n');

describe('resumeStories', () => {
  it('reads each role line with its details, and leaves schooling and contact lines out', () => {
    expect(resumeStories(resume)).toEqual([
      {
        where: 'Cabify – Software Engineer (2021–actualidad)',
        details: [
          'servicio de tarifas en Node/TypeScript',
          'migración de MySQL a PostgreSQL',
          'reducción del p95 de la API de precios de 900 ms a 180 ms',
        ],
      },
      { where: 'Idealista – Desarrolladora Web (2018–2021)', details: ['buscador en React, integración con Google Maps'] },
    ]);
  });

  it('puts bullets under the role line above them', () => {
    const stories = resumeStories('Name\nEXPERIENCE\nRN, Valley General — 2020–2022\n- Charge nurse relief 2x/month\n- 1:4 ratio');
    expect(stories).toEqual([{ where: 'RN, Valley General — 2020–2022', details: ['Charge nurse relief 2x/month', '1:4 ratio'] }]);
  });

  it('keeps dates in brackets with their role line: "(Mar 2022 – present)" is no dash before a detail', () => {
    const stories = resumeStories(
      'Maria Alvarez\nEXPERIENCE\nAccounts Payable Clerk — Buckeye Building Supply, Columbus, OH (Mar 2022 – present)\n- Process ~250 invoices per week',
    );
    expect(stories).toEqual([
      {
        where: 'Accounts Payable Clerk — Buckeye Building Supply, Columbus, OH (Mar 2022 – present)',
        details: ['Process ~250 invoices per week'],
      },
    ]);
  });
});

describe('resumeStories on a resume pasted as one paragraph', () => {
  it.each([
    ['en', 'Carol Smith. 5 years in customer support at a telecom; team lead for 2 years. Zendesk admin.'],
    ['es', 'Pablo Gómez. 3 años como analista de datos en retail; tableros de ventas en Power BI.'],
    ['pt', 'João Silva. 4 anos como desenvolvedor backend numa fintech; APIs de pagamento em Node.js.'],
  ])('%s: its sentences are loose details, with no role line and without the owner’s name', (_, paragraph) => {
    const stories = resumeStories(paragraph);
    expect(stories).toHaveLength(1);
    expect(stories[0]!.where).toBeUndefined();
    const name = paragraph.split('.')[0]!;
    expect(stories[0]!.details.length).toBeGreaterThanOrEqual(2);
    expect(stories[0]!.details.join(' ')).not.toContain(name);
  });

  it('keeps a role line whose details run to several sentences', () => {
    const stories = resumeStories('Support Lead, Telco (2020–2024): ran a team of 6. Cut wait times by a third.');
    expect(stories).toEqual([{ where: 'Support Lead, Telco (2020–2024)', details: ['ran a team of 6', 'Cut wait times by a third'] }]);
  });

  // A whole resume whose line breaks were lost (copied out of a PDF): its sections are still read as sections.
  it.each([
    [
      'es',
      'Marta Ruiz Ortega — Auxiliar Administrativa. Puebla, Puebla, México. Experiencia: Grupo Lácteo del Valle (2020–actualidad): captura de facturas de 120 proveedores en SAP, conciliaciones bancarias semanales. Papelería La Pluma (2017–2020): caja, inventario y pedidos. Educación: Técnico en Contabilidad, CONALEP (2017). Habilidades: Excel, SAP, facturación electrónica.',
      ['Grupo Lácteo del Valle (2020–actualidad)', 'Papelería La Pluma (2017–2020)'],
    ],
    [
      'pt',
      'Rafael Souza Lima — Técnico de Manutenção. Joinville, SC. Experiência: Metalúrgica Norte (2019–atual): manutenção preventiva de 40 prensas, troca de rolamentos e alinhamento a laser. Oficina Souza (2015–2019): reparo de motores elétricos e quadros de comando. Formação: Técnico em Eletromecânica, SENAI (2015). Cursos: NR-10, NR-12.',
      ['Metalúrgica Norte (2019–atual)', 'Oficina Souza (2015–2019)'],
    ],
    [
      'en',
      'Dana Brooks — Staff Accountant. Tacoma, WA. Experience: Harbor Foods (2021–present): month-end close for 3 entities, AP for 400 vendors in NetSuite. Pine Street CPA (2018–2021): bookkeeping and payroll for 30 small clients. Education: B.S. Accounting, UW Tacoma (2018). Skills: Excel, NetSuite, QuickBooks.',
      ['Harbor Foods (2021–present)', 'Pine Street CPA (2018–2021)'],
    ],
  ])('%s: the roles with what was done in them, no name, place, schooling or skills', (_, block, places) => {
    const stories = resumeStories(block);
    expect(stories.map((story) => story.where)).toEqual(places);
    const told = JSON.stringify(stories);
    for (const absent of ['Ruiz', 'Souza Lima', 'Brooks', 'Puebla', 'Joinville', 'Tacoma, WA', 'CONALEP', 'SENAI', 'QuickBooks'])
      expect(told).not.toContain(absent);
  });
});

describe('strongerAnswer', () => {
  it('builds the situation, actions and result from the resume story closest to the question, with its real figure', () => {
    const { answer } = strongerAnswer({
      question: '¿Cómo migraste una base de datos a PostgreSQL?',
      language: 'es',
      resumeText: resume,
      requirement: 'PostgreSQL',
    });
    expect(answer.situation).toContain('Como Software Engineer en Cabify (2021–actualidad)');
    expect(answer.action).toContain('migración de MySQL a PostgreSQL');
    expect(answer.result).toContain('de 900 ms a 180 ms');
    expect(answer.shows).toBe('Demuestra lo que pide el puesto: PostgreSQL.');
  });

  it('shows a placeholder in the interview’s language where the resume has no figure', () => {
    const en = strongerAnswer({
      question: 'Tell me about search',
      language: 'en',
      resumeText: 'N\nIdealista – Web (2018): search in React',
      requirement: 'React',
    });
    expect(en.answer.result).toContain('[your figure]');
    const pt = strongerAnswer({ question: 'Fale de busca', language: 'pt-BR', resumeText: '', requirement: 'React' });
    expect(pt.answer.result).toContain('[sua métrica]');
    expect(pt.answer.situation).toMatch(/^\[/);
  });

  it('gives the next question another story while the resume has one', () => {
    const first = strongerAnswer({ question: 'PostgreSQL', language: 'en', resumeText: resume, requirement: 'PostgreSQL' });
    const second = strongerAnswer({
      question: 'PostgreSQL',
      language: 'en',
      resumeText: resume,
      requirement: 'PostgreSQL',
      used: new Set([first.story!]),
    });
    expect(second.story).not.toBe(first.story);
  });

  it('invents nothing on any resume of the independent interviews, for any question', () => {
    for (const interview of independentInterviews()) {
      for (const question of ['Tell me about a time you failed.', interview.jobTitle]) {
        const { answer } = strongerAnswer({
          question,
          language: interview.interviewLanguage,
          resumeText: interview.resumeText,
          requirement: interview.jobTitle,
        });
        const invented = inventedFacts({
          answer: strongerAnswerText(answer),
          resumeText: interview.resumeText,
          allowed: [interview.jobTitle],
        });
        expect(invented, `${interview.id}: ${strongerAnswerText(answer)}`).toEqual([]);
      }
    }
  });
});

describe('checkedExample', () => {
  const local = strongerAnswer({ question: 'PostgreSQL', language: 'es', resumeText: resume, requirement: 'PostgreSQL' }).answer;
  const facts = { resumeText: resume, jobTitle: 'Backend', jobDescription: 'PostgreSQL' };

  it('keeps a written example that states only the resume’s facts', () => {
    const written = {
      situation: 'En Cabify, en 2021.',
      action: 'Migré de MySQL a PostgreSQL.',
      result: 'De 900 ms a 180 ms.',
      shows: 'PostgreSQL.',
    };
    expect(checkedExample(written, local, facts)).toEqual({ example: written, replaced: false });
  });

  it('replaces one with an invented employer, figure or degree by the local one', () => {
    for (const invented of ['En Glovo, en 2021.', 'Bajé la latencia un 75 %.', 'Gracias a mi máster en datos.']) {
      const written = { situation: invented, action: 'Migré de MySQL a PostgreSQL.', result: '[tu cifra]', shows: 'PostgreSQL.' };
      expect(checkedExample(written, local, facts), invented).toEqual({ example: local, replaced: true });
    }
  });
});

describe('a one-line resume', () => {
  it('is a story of its own, not a name', () => {
    const line = 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.';
    expect(resumeStories(line).length).toBe(1);
  });
});

describe("the header under a resume's name", () => {
  it('is no story: its place and licence are not something the candidate did', () => {
    const stories = resumeStories(
      'Ana Paula Souza\nCampinas - SP | COREN-SP ativo\n\nEXPERIÊNCIA\nEnfermeira assistencial - Hospital Municipal (2019-2024): SAE em 30 leitos; reduzi quedas em 40%.\nTécnica de enfermagem | Clínica Vida | 2015-2019',
    );
    expect(JSON.stringify(stories)).not.toContain('Campinas');
    expect(stories.map((story) => story.where)).toEqual([
      'Enfermeira assistencial - Hospital Municipal (2019-2024)',
      'Técnica de enfermagem | Clínica Vida | 2015-2019',
    ]);
  });
});
