import { tokenize } from '../fold-text.ts';

/*
 * "I have to run to pick up my kid — thank you so much for your time. Goodbye!", "tengo que irme ya
 * porque entro a mi turno… Muchas gracias por la entrevista. Hasta luego": the candidate leaving. A
 * reason given on the way out ("mi turno", "my kid") is no answer to follow up on. Read apart from
 * the hand-written rules the trained turn reader is fitted on, so the reader stays the same function
 * of its tuning turns.
 */

/** Saying one must go now. Folded. */
const mustGo =
  /\b(i (have|need|got|gotta|'ve got) to (go|run|leave|head out|hop off|jump off|take off|get going)|i (gotta|must) (go|run|leave)|i'?m (going to|gonna) have to (go|run|leave)|i'?m (heading|taking) off|tengo que irme|me tengo que ir|debo irme|ya me (voy|tengo que ir)|tengo que (colgar|cortar|salir)|preciso (ir|sair|desligar)|tenho que (ir|sair|desligar)|vou (ter|precisar) (que|de) (ir|sair|desligar))\b/;

/** A goodbye. Folded. */
const goodbye =
  /\b(good ?bye|bye|see you|take care|hasta luego|adios|chau|chao|nos vemos|hasta pronto|tchau|ate logo|ate mais|ate a proxima)\b/;

/** Thanks for the interview. Folded. */
const thanksForIt =
  /\b(thanks?|thank you)\b.*\b(time|interview|chat|opportunity|this)\b|\bgracias\b.*\b(tiempo|entrevista|oportunidad)\b|\bobrigad[oa]\b.*\b(tempo|entrevista|oportunidade)\b/;

/** The longest turn read as leaving: a reason and a goodbye, not a story. */
const LEAVING_WORDS = 60;

/**
 * Whether a turn is the candidate leaving: saying they must go, with thanks or a goodbye; or
 * thanking for the interview and ending on a goodbye. Never a turn that asks something. Folded
 * turn. Pure.
 */
export function isLeaving(folded: string): boolean {
  if (folded.includes('?') || tokenize(folded).length > LEAVING_WORDS) return false;
  const last = folded.split(/(?<=[.!?])\s+/).at(-1) ?? '';
  if (mustGo.test(folded)) return goodbye.test(folded) || thanksForIt.test(folded);
  return goodbye.test(last) && thanksForIt.test(folded);
}
