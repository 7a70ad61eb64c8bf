import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { globalPattern } from './global-pattern.ts';
import { repeatCues, restAfter, workSaid } from './turn-cues.ts';

/*
 * "hold on one second sorry my grandson is here… ok sorry can you say that again please", "ya, mira,
 * vengo saliendo de otra reunión, estoy en el auto… ¿me la podrías tirar de nuevo?": a turn that talks
 * about the call or oneself and ends by asking for the question again. The request is what needs a
 * reply; what came before it answers nothing. Read apart from the hand-written rules the trained turn
 * reader is fitted on, so the reader stays the same function of its tuning turns.
 */

/** The longest turn read this way: an aside and a request, not a story. */
const CLOSING_REQUEST_WORDS = 50;
/** Content words allowed after the request's cue: "…de novo devagarinho", "…o que você perguntou". */
const AFTER_CUE_WORDS = 2;

/** Words that address the request to the interviewer, in the clause that holds it: not "para que no pase de nuevo". Folded. */
const addressed: Record<TextLanguage, RegExp> = {
  en: /\b(you|please)\b|\?/,
  es: /\b(puede\w*|podri\w*|repit\w*|dime|digame|diga|dices|dice|usted|por favor)\b|\?/,
  pt: /\b(voce|vc|pode|poderia|podia|fala|fale|repete|repita|o senhor|a senhora|por favor)\b|\?/,
};

/**
 * A request put to the interviewer in so many words, not a "you know" closing a story: "would you
 * mind…", "¿me la podrías…?", "me fala de novo…". After work told, only such a clause asks. Folded.
 */
const asking: Record<TextLanguage, RegExp> = {
  en: /\b((can|could|would|will) you|mind|please)\b/,
  es: /\b(puede\w*|podri\w*|podes|repit\w*|me (lo |la )?(dices|dice|dijeras|dijera)|por favor)\b/,
  pt: /\b(pode|poderia|podia|me (fala|fale|diz|diga)|repete|repita|por favor)\b/,
};

/**
 * Whether a turn ends by asking the interviewer for the question again, with no work told and no
 * figure anywhere in it. Folded turn. Pure.
 */
export function endsAskingAgain(folded: string, language: TextLanguage): boolean {
  if (tokenize(folded).length > CLOSING_REQUEST_WORDS || /\d/.test(folded)) return false;
  // Something done may be told on the way ("tive que sair correndo"), as long as the turn ends asking the interviewer.
  const workTold = workSaid(folded, language) && !folded.endsWith('?');
  const sources = language === 'en' ? [repeatCues.en] : [repeatCues[language], repeatCues.en];
  const last = sources
    .flatMap((source) => [...folded.matchAll(globalPattern(source))])
    .reduce<RegExpExecArray | undefined>((latest, match) => (latest && latest.index >= match.index ? latest : match), undefined);
  if (!last) return false;
  const end = last.index + last[0].length;
  const clause = folded.slice(folded.slice(0, last.index).search(/[^.!?,;]*$/));
  return (workTold ? asking : addressed)[language].test(clause) && restAfter(repeatCues, folded.slice(end), language) <= AFTER_CUE_WORDS;
}
