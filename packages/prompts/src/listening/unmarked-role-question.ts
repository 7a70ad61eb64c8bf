import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { roleTopicsOf, weakRoleTopics, type RoleTopic } from './role-topics.ts';
import { offersAlternatives, workSaid } from './turn-cues.ts';

/*
 * "before we go on can i ask is this role hybrid or fully in office", "una cosilla, el contrato sería
 * indefinido o por obra", "moço deixa eu te perguntar uma coisa, a escala é seis por um…": a question
 * about the role that a recogniser wrote without its mark, inside a longer turn, after a word that
 * announces it or as one clause among others. Read apart from the hand-written rules the trained turn
 * reader is fitted on, so the reader stays the same function of its tuning turns.
 */

/**
 * Announcing a question before putting it; not "una pregunta que me hacían", "uma dúvida que eu
 * tinha": a question someone had, told. Folded.
 */
const announced: Record<TextLanguage, RegExp> = {
  en: /\b((can|could|may) i ask|let me ask|(a |one )?quick question|real quick|before (we|i) (go on|move on|continue|get into (that|it)))\b(?! (that|which|the customer|the client|them|him|her)\b)/,
  es: /\b(una (duda|pregunta|cosita|cosilla)|(te|le) (puedo|podria) preguntar|(puedo|podria) preguntar\w*|dejame preguntar\w*|antes de (seguir|continuar))\b(?! que\b)/,
  pt: /\b(uma (duvida|perguntinha)|(deixa|deixe) eu (te |lhe )?perguntar|posso (te |lhe )?perguntar|antes de (continuar|seguir))\b(?! que\b)/,
};

/**
 * A state told in the past ("the shift there was twelve hours", "el turno era de noche", "o salário
 * lá era fixo"): how a past job was, not a question about this one. Read before any reason given
 * ("…porque no anúncio tinha as duas" still asks). Folded.
 */
const toldInThePast: Record<TextLanguage, RegExp> = {
  en: /\b(was|were|used to|had been)\b/,
  es: /\b(era|eran|fue|fueron|estaba|estaban|habia|tenia|tenian|trabajaba)\b/,
  pt: /\b(era|eram|foi|foram|estava|estavam|tinha|tinham|trabalhava)\b/,
};
/** A question word within a few words after the announcement: "can I ask what the pay is", "una duda, ¿cuánto…". Folded. */
const questionWordNext: Record<TextLanguage, RegExp> = {
  en: /^[\s,.:?!-]*(\S+\s+){0,3}(what|how|if|whether|when|where|which|who|is|are|do|does|will|would)\b/,
  es: /^[\s,.:?!¿-]*(\S+\s+){0,3}(que|como|si|cuando|donde|cual|cuales|cuanto|cuanta|cuantos|cuantas|quien|hay)\b/,
  pt: /^[\s,.:?!-]*(\S+\s+){0,3}(qual|quais|quanto|quanta|quantos|quantas|como|se|quando|onde|quem|tem)\b/,
};
const reasonGiven = /\b(because|cause|cuz|since|porque|pq|ya que|ja que|pois)\b/;

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
 * What a turn asks about the role, when it tells no work nor how a past job was, holds a clause that
 * can only be a question or announces a question that offers a choice or opens with a question word, and names more of the role
 * than its team, company or tools (answers talk about those too); else undefined. Folded turn. Pure.
 */
export function unmarkedRoleQuestion(folded: string, language: TextLanguage): RoleTopic[] | undefined {
  if (tokenize(folded).length > ROLE_QUESTION_WORDS || workSaid(folded, language)) return undefined;
  const topics = roleTopicsOf(folded);
  // The team, the company or the tools alone are also what answers talk about.
  if (topics.every((topic) => weakRoleTopics.has(topic))) return undefined;
  const beforeReason = folded.split(reasonGiven)[0] ?? folded;
  if (toldInThePast[language].test(beforeReason)) return undefined;
  const clauses = folded.split(/[,.;!?]+/).map((clause) => clause.trim());
  if (clauses.some((clause) => askingClause[language].test(clause))) return topics;
  // Announced, the question still asks: it offers a choice ("…el puesto es presencial o es híbrido") or opens with a question word.
  const announcement = announced[language].exec(folded);
  if (!announcement) return undefined;
  const put = folded.slice(announcement.index + announcement[0].length);
  return offersAlternatives(put) || questionWordNext[language].test(put) ? topics : undefined;
}
