import type { Language } from '@voxly/config';
import { foldText } from '../fold-text.ts';
import type { RoleParts } from './role-line.ts';

interface StrongerAnswerLines {
  /** What the candidate fills in where the resume has no figure. */
  figure: string;
  situation: (where: RoleParts | undefined) => string;
  action: (details: string | undefined) => string;
  result: (figure: string | undefined) => string;
  shows: (requirement: string) => string;
}

interface PlaceWords {
  /** "As", "Como": before the title. */
  as: string;
  /** "at", "en", "na"/"no": before the employer. */
  at: (employer: string) => string;
  /** What opens a line whose title the reader cannot tell: "In my role, PicPay – Squad 4 (2021)". */
  role: string;
  /** Whether a title in sentence case reads in lower case mid-sentence ("Como operador de empilhadeira"). */
  lower?: boolean;
}

/** "Operador de empilhadeira" mid-sentence is "operador de empilhadeira"; "Software Engineer" and "RN" stay as written. */
const midSentence = (title: string) => {
  const [first = '', ...rest] = title.split(' ');
  return /^\p{Lu}\p{Ll}+$/u.test(first) && !rest.some((w) => /^\p{Lu}/u.test(w)) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
};

/** Employers Portuguese says with "no(s)": a bank, a hospital, a market… ("no Mercado Livre"); a company otherwise is "a empresa" ("na TransLog"). */
const masculine =
  /^(banco|hospital|grupo|hotel|restaurante|supermercado|hipermercado|mercado|atacadao|instituto|colegio|centro|posto|shopping|escritorio|laboratorio|armazem|porto|aeroporto|ministerio|tribunal|consultorio|sesc|senai|senac|sebrae|itau|bradesco|nubank|ifood|santander|carrefour|bar|clube|estudio|condominio|departamento|sindicato|governo|estado|municipio)$/;
const emPortuguese = (employer: string) => {
  const first = foldText(employer.split(/\s+/)[0] ?? '');
  if (first === 'correios' || first === 'supermercados') return 'nos';
  return masculine.test(first) ? 'no' : 'na';
};

/** Where a story happened, as the language says it: "As Forklift Operator at Northside Logistics (2021–2024)". */
function placeOf(role: RoleParts, words: PlaceWords): string {
  const dates = role.dates ? ` (${role.dates})` : '';
  if (!role.title) return `${words.role} ${role.core}${dates}`;
  const title = words.lower ? midSentence(role.title) : role.title;
  return role.employer ? `${words.as} ${title} ${words.at(role.employer)} ${role.employer}${dates}` : `${words.as} ${title}${dates}`;
}

/** A resume fragment as the middle of a sentence: its own closing marks ("…per shift.;") would double the sentence's. */
const clause = (text: string) => text.trim().replace(/[\s.;,:]+$/u, '');

/**
 * The example answer's sentences per language. Everything between brackets is for the
 * candidate to fill in from memory; everything else comes from the resume or the posting.
 */
export const strongerAnswerLines: Record<Language, StrongerAnswerLines> = {
  en: {
    figure: '[your figure]',
    situation: (where) =>
      where
        ? `${placeOf(where, { as: 'As', at: () => 'at', role: 'In my role,' })}: [what was at stake, and why it fell to me].`
        : '[Where and when: the team, the project, what was at stake].',
    action: (details) =>
      details
        ? `I did this myself: ${clause(details)}. [The decision that was mine, and why I made it.]`
        : '[The steps I took myself, one by one.]',
    result: (figure) =>
      figure
        ? `The result: ${clause(figure)}. [What that changed for the team or the customer.]`
        : '[your figure]: [what changed because of what I did].',
    shows: (requirement) => `It shows what the role asks for: ${clause(requirement)}.`,
  },
  es: {
    figure: '[tu cifra]',
    situation: (where) =>
      where
        ? `${placeOf(where, { as: 'Como', at: () => 'en', role: 'En mi puesto,', lower: true })}: [qué estaba en juego y por qué me tocaba a mí].`
        : '[Dónde y cuándo: el equipo, el proyecto, qué estaba en juego].',
    action: (details) =>
      details ? `Lo hice yo: ${clause(details)}. [La decisión que fue mía y por qué la tomé.]` : '[Los pasos que di yo, uno por uno.]',
    result: (figure) =>
      figure
        ? `El resultado: ${clause(figure)}. [Qué cambió para el equipo o el cliente.]`
        : '[tu cifra]: [qué cambió gracias a lo que hice].',
    shows: (requirement) => `Demuestra lo que pide el puesto: ${clause(requirement)}.`,
  },
  'pt-BR': {
    figure: '[sua métrica]',
    situation: (where) =>
      where
        ? `${placeOf(where, { as: 'Como', at: emPortuguese, role: 'No meu cargo,', lower: true })}: [o que estava em jogo e por que cabia a mim].`
        : '[Onde e quando: o time, o projeto, o que estava em jogo].',
    action: (details) =>
      details ? `Fui eu que fiz: ${clause(details)}. [A decisão que foi minha e por que a tomei.]` : '[Os passos que eu dei, um por um.]',
    result: (figure) =>
      figure
        ? `O resultado: ${clause(figure)}. [O que isso mudou para o time ou o cliente.]`
        : '[sua métrica]: [o que mudou por causa do que eu fiz].',
    shows: (requirement) => `Mostra o que a vaga pede: ${clause(requirement)}.`,
  },
};
