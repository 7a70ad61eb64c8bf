import type { Language } from '@voxly/config';

interface StrongerAnswerLines {
  /** What the candidate fills in where the resume has no figure. */
  figure: string;
  situation: (where: string | undefined) => string;
  action: (details: string | undefined) => string;
  result: (figure: string | undefined) => string;
  shows: (requirement: string) => string;
}

/**
 * The example answer's sentences per language. Everything between brackets is for the
 * candidate to fill in from memory; everything else comes from the resume or the posting.
 */
export const strongerAnswerLines: Record<Language, StrongerAnswerLines> = {
  en: {
    figure: '[your figure]',
    situation: (where) =>
      where ? `At ${where}: [what was at stake, and why it fell to me].` : '[Where and when: the team, the project, what was at stake].',
    action: (details) =>
      details
        ? `I did this myself: ${details}. [The decision that was mine, and why I made it.]`
        : '[The steps I took myself, one by one.]',
    result: (figure) =>
      figure
        ? `The result: ${figure}. [What that changed for the team or the customer.]`
        : '[your figure]: [what changed because of what I did].',
    shows: (requirement) => `It shows what the role asks for: ${requirement}.`,
  },
  es: {
    figure: '[tu cifra]',
    situation: (where) =>
      where
        ? `En ${where}: [qué estaba en juego y por qué me tocaba a mí].`
        : '[Dónde y cuándo: el equipo, el proyecto, qué estaba en juego].',
    action: (details) =>
      details ? `Lo hice yo: ${details}. [La decisión que fue mía y por qué la tomé.]` : '[Los pasos que di yo, uno por uno.]',
    result: (figure) =>
      figure ? `El resultado: ${figure}. [Qué cambió para el equipo o el cliente.]` : '[tu cifra]: [qué cambió gracias a lo que hice].',
    shows: (requirement) => `Demuestra lo que pide el puesto: ${requirement}.`,
  },
  'pt-BR': {
    figure: '[sua métrica]',
    situation: (where) =>
      where ? `Em ${where}: [o que estava em jogo e por que cabia a mim].` : '[Onde e quando: o time, o projeto, o que estava em jogo].',
    action: (details) =>
      details ? `Fui eu que fiz: ${details}. [A decisão que foi minha e por que a tomei.]` : '[Os passos que eu dei, um por um.]',
    result: (figure) =>
      figure
        ? `O resultado: ${figure}. [O que isso mudou para o time ou o cliente.]`
        : '[sua métrica]: [o que mudou por causa do que eu fiz].',
    shows: (requirement) => `Mostra o que a vaga pede: ${requirement}.`,
  },
};
