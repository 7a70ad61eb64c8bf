import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { roleTopicsOf, weakRoleTopics, type RoleTopic } from './role-topics.ts';
import { workSaid } from './turn-cues.ts';

/*
 * "before we go on can i ask is this role hybrid or fully in office", "una cosilla, el contrato sería
 * indefinido o por obra", "moço deixa eu te perguntar uma coisa, a escala é seis por um…": a question
 * about the role that a recogniser wrote without its mark, inside a longer turn, after a word that
 * announces it or as one clause among others. Read apart from the hand-written rules the trained turn
 * reader is fitted on, so the reader stays the same function of its tuning turns.
 */

/** Announcing a question before putting it. Folded. */
const announced: Record<TextLanguage, RegExp> = {
  en: /\b((can|could|may) i ask|let me ask|(a |one )?quick question|real quick|before (we|i) (go on|move on|continue|get into (that|it)))\b/,
  es: /\b(una (duda|pregunta|cosita|cosilla)|(te|le) (puedo|podria) preguntar|(puedo|podria) preguntar\w*|dejame preguntar\w*|antes de (eso|seguir|continuar))\b/,
  pt: /\b(uma (duvida|perguntinha)|(deixa|deixe) eu (te |lhe )?perguntar|posso (te |lhe )?perguntar|antes de (continuar|seguir))\b/,
};

/**
 * A clause that can only be a question: an English question's opening words, or a Spanish or
 * Portuguese question word among a clause's first words ("de sueldo cuánto están manejando", "o
 * hospital fica em qual unidade"), not a relative one ("lo cual", "no qual") nor "cuanto antes".
 * Not "hay…", "tem…": those also open statements ("hay que seguir buenas prácticas"). Folded.
 */
const askingClause: Record<TextLanguage, RegExp> = {
  en: /^((so|and|like|ok|okay|um|uh|oh|hey|just|also|but)\s+)*(what'?s|what (is|are|would|will|does|do)|what (kind|sort|type)|which|is (there|it|this|that|the)|are (there|you|we|the|y'?all)|would (this|it|there)|will (this|it|there)|do (you|y'?all)|does (it|this|the)|how (many|much|long|often|big|soon)|when (would|will|do|does|is)|where (is|would|will)|who (would|will|is))\b/,
  es: /^(\S+\s+){0,4}(?<!\b(lo|el|la|los|las|en|por|un|una)\s)(cual|cuales|cuanto|cuanta|cuantos|cuantas|con quien|quien|quienes)\b(?!\s(antes|mas|menos))/,
  pt: /^(\S+\s+){0,4}(?<!\b(o|a|os|as|no|na|nos|nas|do|da|pelo|pela|um|uma)\s)(qual|quais|quanto|quanta|quantos|quantas|com quem|quem)\b(?!\s(antes|mais|menos))/,
};

/** The longest turn read this way: a question and its reason, not a story. */
const ROLE_QUESTION_WORDS = 40;

/**
 * What a turn asks about the role, when it tells no work, announces a question or holds a clause
 * that can only be a question, and names more of the role than its team, company or tools (answers
 * talk about those too); else undefined. Folded turn. Pure.
 */
export function unmarkedRoleQuestion(folded: string, language: TextLanguage): RoleTopic[] | undefined {
  if (tokenize(folded).length > ROLE_QUESTION_WORDS || workSaid(folded, language)) return undefined;
  const topics = roleTopicsOf(folded);
  // The team, the company or the tools alone are also what answers talk about.
  if (topics.every((topic) => weakRoleTopics.has(topic))) return undefined;
  const clauses = folded.split(/[,.;!?]+/).map((clause) => clause.trim());
  const asks = announced[language].test(folded) || clauses.some((clause) => askingClause[language].test(clause));
  return asks ? topics : undefined;
}
