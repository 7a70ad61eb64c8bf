import { ownActions } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';

/*
 * "like a specific patient or just in general how i deal with that kind of person", "no sé si usted
 * quiere el que me pasó a mí o el que encontré yo", "vale um que eu fiz como freela?": the candidate
 * asking which example the question wants before telling one. Nothing is answered yet, however much
 * of the examples in mind is named: a request to clarify. Read apart from the hand-written rules the
 * trained turn reader is fitted on, so the reader stays the same function of its tuning turns.
 */

/** The longest turn read this way: a question about the question, not a story. */
const SCOPE_WORDS = 50;
/** Actions of one's own a scope question may name in passing ("the biggest I took had thirty screens"); more is a story. */
const ACTIONS_IN_PASSING = 2;

/**
 * Asking what the interviewer wants, what counts ("las suplencias también cuentan", "vale freela também"), or in
 * which sense a word of the question is meant. Portuguese "vale" is a benefit too ("vale refeição"): not that one. Folded.
 */
const scopeCues: Record<TextLanguage, RegExp> = {
  en: /\b((which|what) (kind|one|type|sort)\b.{0,40}\b(you'?re|you are|you)\b.{0,20}\b(looking for|want|after|mean)|(does|would|do|will|can) (that|it|this|those|these|one) (count|work for you)|(if|whether) (that|it|this) counts|counts? (too|as well)|how (big|long|many|much|far back) are we talking|(specific|specifically|in general|generally)\b.{0,60}\bor\b|\bor (just )?(in general|anything|any of)|when you say\b.{0,60}\b(is that|do you mean|or|meaning))\b/,
  es: /\b(no se si (usted|tu|ustedes) (quiere|quieres|quieren|busca|buscas|buscan|prefiere)|no se si (eso|esto) (les|te|le) sirve|(eso|esto) (les|te|le) sirve|(cuenta|cuentan|vale|valen|sirve|sirven) (tambien|igual)|(tambien|igual) (cuenta|cuentan|vale|valen|sirve|sirven)|o (cuenta|vale|sirve)|en el sentido de|(que|cual) (tipo|clase) de \w+ (quiere|quieres|busca|buscas|necesita)|(cual|que) (quiere|quieres|prefiere|prefieres)|o partimos de|en que sentido)\b/,
  pt: /\b(vale (?!(refeicao|transporte|alimentacao|combustivel|cultura|gas|va|vr|vt)\b)(\w+ ){0,2}tambem|vale (um|uma)|tambem (conta|contam|vale|valem|serve|servem)|ou vale (tambem|quando|se|um|uma)|(conta|serve) tambem|nao sei se (pra voces|para voces|isso) (e|serve|conta)|ou (voce|vc) quer|qual (voce|vc) (quer|prefere)|em que sentido|no sentido de)\b/,
};

/**
 * Whether a turn asks which example, or which sense, the question wants: a scope cue addressed to
 * the interviewer, in a turn that asks (a question mark, or the cue in its last sentence) and tells
 * at most two actions of one's own. Folded turn. Pure.
 */
export function asksScope(folded: string, language: TextLanguage): boolean {
  if (tokenize(folded).length > SCOPE_WORDS) return false;
  const cue = scopeCues[language].exec(folded) ?? (language === 'en' ? null : scopeCues.en.exec(folded));
  if (!cue) return false;
  const lastSentence = folded.split(/(?<=[.!])\s+/).at(-1) ?? folded;
  const asking = folded.trimEnd().endsWith('?') || folded.length - lastSentence.length <= cue.index;
  return asking && ownActions(folded, language).length <= ACTIONS_IN_PASSING;
}
