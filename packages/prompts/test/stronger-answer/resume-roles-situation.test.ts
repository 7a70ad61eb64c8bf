import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { inventedFacts } from '../../src/stronger-answer/invented-facts.ts';
import { isCredentialLine, roleParts } from '../../src/stronger-answer/role-line.ts';
import { strongerAnswer, strongerAnswerText } from '../../src/stronger-answer/stronger-answer.ts';

/*
 * Certificates, licences, courses, schooling, skills, languages, summaries and section headings
 * are not roles: the example's situation is always a job held somewhere, said as one in each
 * language ("As Forklift Operator at Northside Logistics (2021–2024)"), never "At Certification:".
 */

interface Case {
  name: string;
  language: Language;
  resume: string[];
  /** How every example's situation opens: the resume's one role, reused. */
  situation: RegExp;
  /** Lines (or their heads) that must never be the place or the action of a story. */
  notRoles: string[];
}

const questions: Record<Language, string[]> = {
  en: [
    'Tell me about a time you solved a problem at work.',
    'How do you keep yourself and others safe?',
    'Tell me about a time you failed.',
  ],
  es: [
    'Cuéntame de una vez que resolviste un problema en el trabajo.',
    '¿Cómo trabajas de forma segura?',
    'Cuéntame de una vez que fallaste.',
  ],
  'pt-BR': [
    'Conte de uma vez que você resolveu um problema no trabalho.',
    'Como você trabalha com segurança?',
    'Conte de uma vez que você errou.',
  ],
};

const cases: Case[] = [
  {
    name: 'forklift operator with a certification and education line',
    language: 'en',
    resume: [
      'Jordan Miller',
      'Forklift Operator, Northside Logistics (2021–2024)',
      '- Operated counterbalance and reach trucks moving 120+ pallets per shift',
      '- Performed daily pre-shift inspections and reported defects',
      '- Used RF scanner for put-away and cycle counts; zero safety incidents in 3 years',
      'Certification: OSHA forklift certification (2021)',
      'Education: High school diploma',
    ],
    situation: /^As Forklift Operator at Northside Logistics \(2021–2024\): \[/,
    notRoles: ['Certification', 'OSHA', 'Education', 'High school'],
  },
  {
    name: 'ALL CAPS headings, • bullets, a certificate and a skills line with commas',
    language: 'en',
    resume: [
      'Maria Lopez',
      'WORK EXPERIENCE',
      'Warehouse Associate, Amazon (2019–2023)',
      '• Picked and packed 300 orders per shift',
      '• Trained 4 new hires on the scanners',
      'CERTIFICATIONS',
      'Forklift Certificate (2019)',
      'SKILLS',
      'Inventory, RF scanning, Excel',
    ],
    situation: /^As Warehouse Associate at Amazon \(2019–2023\): \[/,
    notRoles: ['Forklift Certificate', 'Inventory, RF', 'CERTIFICATIONS', 'SKILLS'],
  },
  {
    name: '“Title at Employer, dates”, * bullets, labelled skills, licences and languages',
    language: 'en',
    resume: [
      'Sam Lee',
      'Delivery Driver at FedEx, 2018–2022',
      '* Delivered 150 packages a day',
      '* Kept a clean driving record',
      'Skills: route planning, customer service, GPS',
      'Licenses: CDL Class B',
      'Languages: English, Spanish',
    ],
    situation: /^As Delivery Driver at FedEx \(2018–2022\): \[/,
    notRoles: ['Skills', 'route planning', 'CDL', 'Languages', 'English, Spanish'],
  },
  {
    name: 'a summary, “Employer — Title”, mixed-case headings alone on their line',
    language: 'en',
    resume: [
      'Priya Shah',
      'Summary: Reliable cashier with 3 years in retail',
      'Experience',
      'Target — Cashier (2020–2023)',
      '- Handled 200 transactions a day',
      'Education',
      'High school diploma (2019)',
      'Certifications',
      'Food Handler Certificate',
    ],
    situation: /^As Cashier at Target \(2020–2023\): \[/,
    notRoles: ['Summary', 'Reliable cashier', 'Education', 'High school', 'Certifications', 'Food Handler'],
  },
  {
    name: 'carretillera with a carné and studies',
    language: 'es',
    resume: [
      'Lucía Fernández',
      'Auxiliar de almacén y carretillera, Logística Sur (2020–2024)',
      '- Manejo de carretilla frontal y retráctil, más de 100 palés por turno',
      '- Revisión diaria de la carretilla antes del turno',
      '- Inventarios con lector de códigos de barras; sin accidentes en 4 años',
      'Carné de carretillero (2020)',
      'Estudios: ESO',
    ],
    situation: /^Como auxiliar de almacén y carretillera en Logística Sur \(2020–2024\): \[/,
    notRoles: ['Carné', 'Estudios', 'ESO'],
  },
  {
    name: 'MAYÚSCULAS, • viñetas, un certificado y habilidades con comas',
    language: 'es',
    resume: [
      'Javier Ruiz',
      'EXPERIENCIA LABORAL',
      'Mozo de almacén – Mercadona (2018–2023)',
      '• Carga y descarga de camiones',
      '• Preparación de 250 pedidos por turno',
      'FORMACIÓN',
      'Certificado de profesionalidad en logística (2018)',
      'HABILIDADES: carretilla, lector RF, SAP',
    ],
    situation: /^Como mozo de almacén en Mercadona \(2018–2023\): \[/,
    notRoles: ['Certificado', 'HABILIDADES', 'lector RF', 'FORMACIÓN'],
  },
  {
    name: 'perfil, encabezado «Certificaciones» solo, * viñetas, idiomas',
    language: 'es',
    resume: [
      'Ana Torres',
      'Perfil: Cajera responsable con 4 años de experiencia',
      'Cajera, Carrefour (2019–2023)',
      '* Atención a 150 clientes por día',
      '* Cuadre de caja sin diferencias',
      'Certificaciones',
      'Manipulador de alimentos (2019)',
      'Idiomas: español, inglés',
    ],
    situation: /^Como cajera en Carrefour \(2019–2023\): \[/,
    notRoles: ['Perfil', 'Cajera responsable', 'Certificaciones', 'Manipulador', 'Idiomas', 'español, inglés'],
  },
  {
    name: '«Puesto en Empresa, fechas», carnet y estudios',
    language: 'es',
    resume: [
      'Pedro Gómez',
      'Repartidor en Glovo, 2020–2022',
      '- Más de 40 entregas por día',
      'Carnet de conducir B',
      'Estudios: Bachillerato',
    ],
    situation: /^Como repartidor en Glovo \(2020–2022\): \[/,
    notRoles: ['Carnet', 'Estudios', 'Bachillerato'],
  },
  {
    name: 'operador de empilhadeira com curso NR-11 e ensino médio',
    language: 'pt-BR',
    resume: [
      'Carlos Souza',
      'Operador de empilhadeira, TransLog Distribuição (2020–2024)',
      '- Operação de empilhadeira contrabalançada e retrátil, mais de 100 paletes por turno',
      '- Checklist diário do equipamento antes do turno',
      '- Inventário com coletor de dados; nenhum acidente em 4 anos',
      'Curso NR-11 (2020)',
      'Ensino médio completo',
    ],
    situation: /^Como operador de empilhadeira na TransLog Distribuição \(2020–2024\): \[/,
    notRoles: ['Curso', 'NR-11', 'Ensino'],
  },
  {
    name: 'MAIÚSCULAS, • marcadores, formação e cursos',
    language: 'pt-BR',
    resume: [
      'Fernanda Lima',
      'EXPERIÊNCIA PROFISSIONAL',
      'Atendente – Magazine Luiza (2019–2023)',
      '• Atendimento a 80 clientes por dia',
      '• Organização do estoque',
      'FORMAÇÃO',
      'Ensino médio completo (2018)',
      'CURSOS',
      'Excel básico (2020)',
    ],
    situation: /^Como atendente na Magazine Luiza \(2019–2023\): \[/,
    notRoles: ['Ensino', 'Excel básico', 'CURSOS', 'FORMAÇÃO'],
  },
  {
    name: '«Cargo no Empregador, datas», * marcadores, habilidades com vírgulas, CNH e idiomas',
    language: 'pt-BR',
    resume: [
      'Rafael Costa',
      'Motorista entregador no Mercado Livre, 2020–2023',
      '* Rotas com 60 entregas por dia',
      '* Nenhuma multa em 3 anos',
      'Habilidades: direção defensiva, roteirização, atendimento',
      'CNH categoria D',
      'Idiomas: português, espanhol',
    ],
    situation: /^Como motorista entregador no Mercado Livre \(2020–2023\): \[/,
    notRoles: ['Habilidades', 'direção defensiva', 'CNH', 'Idiomas'],
  },
  {
    name: 'resumo, cabeçalhos «Experiência», «Formação» e «Certificações» sozinhos',
    language: 'pt-BR',
    resume: [
      'Juliana Alves',
      'Resumo: operadora de caixa com 5 anos de experiência',
      'Experiência',
      'Operadora de caixa, Supermercado BH (2018–2023)',
      '- Fechamento de caixa sem diferenças',
      'Formação',
      'Técnico em Logística (2017)',
      'Certificações',
      'NR-11 (2019)',
    ],
    situation: /^Como operadora de caixa no Supermercado BH \(2018–2023\): \[/,
    notRoles: ['Resumo', 'Técnico em Logística', 'Certificações', 'NR-11', 'Formação'],
  },
];

describe('the stronger answer’s situation is a role, never a certificate, course, schooling, skills or heading line', () => {
  it.each(cases)('$language: $name', ({ language, resume, situation, notRoles }) => {
    const resumeText = resume.join('\n');
    const used = new Set<number>();
    for (const question of questions[language]) {
      const built = strongerAnswer({ question, language, resumeText, requirement: 'Safety', used });
      if (built.story !== null) used.add(built.story);
      const { answer } = built;
      expect(answer.situation, question).toMatch(situation);
      for (const line of notRoles) {
        expect(answer.situation, `${question}: ${line}`).not.toContain(line);
        expect(answer.action, `${question}: ${line}`).not.toContain(line);
      }
      expect(inventedFacts({ answer: strongerAnswerText(answer), resumeText, allowed: ['Safety'] })).toEqual([]);
    }
  });
});

describe('roleParts', () => {
  it.each([
    ['Forklift Operator, Northside Logistics (2021–2024)', 'Forklift Operator', 'Northside Logistics', '2021–2024'],
    ['PicPay — Backend Engineer (2021–2024)', 'Backend Engineer', 'PicPay', '2021–2024'],
    ['RN, Valley General — 2020–2022', 'RN', 'Valley General', '2020–2022'],
    ['Delivery Driver at FedEx, 2018–2022', 'Delivery Driver', 'FedEx', '2018–2022'],
    ['Repartidor en Glovo, 2020–2022', 'Repartidor', 'Glovo', '2020–2022'],
    ['Motorista entregador no Mercado Livre, 2020–2023', 'Motorista entregador', 'Mercado Livre', '2020–2023'],
  ])('%s', (line, title, employer, dates) => {
    expect(roleParts(line)).toMatchObject({ title, employer, dates });
  });

  it('leaves the title out where no part names a job, and the situation then quotes the line whole', () => {
    expect(roleParts('Idealista – Web (2018)').title).toBeUndefined();
    const en = strongerAnswer({
      question: 'search',
      language: 'en',
      resumeText: 'N\nIdealista – Web (2018): search in React',
      requirement: 'React',
    });
    expect(en.answer.situation).toMatch(/^In my role, Idealista – Web \(2018\): \[/);
  });
});

describe('isCredentialLine', () => {
  it.each([
    'OSHA forklift certification (2021)',
    'Carné de carretillero (2020)',
    'Curso NR-11 (2020)',
    'Ensino médio completo',
    'High school diploma',
    'Certificado de profesionalidad en logística (2018)',
  ])('%s is a credential', (line) => expect(isCredentialLine(line)).toBe(true));
  it.each([
    'Teacher, Lincoln High School (2019–2023)',
    'Course Instructor, Udemy (2020–2022)',
    'Forklift Operator, Northside Logistics (2021–2024)',
  ])('%s is a role', (line) => expect(isCredentialLine(line)).toBe(false));
});
