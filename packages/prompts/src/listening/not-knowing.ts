import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { workSaid } from './turn-cues.ts';

/*
 * "yeah I honestly don't know what I'd do there", "mire, con toda sinceridad, eso no lo he hecho y no
 * quiero inventarle", "não tenho como responder isso agora", "my brain is totally blanking": not
 * knowing, said with the words people put around it, and the lack of experience given as its reason.
 * Read apart from the hand-written rules the trained turn reader is fitted on, so the reader stays
 * the same function of its tuning turns.
 */

/** Not knowing, not having done it, nothing coming to mind, in the words people put around it. Folded. */
const notKnowing: Record<TextLanguage, RegExp> = {
  en: /\b(i (honestly |really |truly |just |genuinely |actually |seriously )*(don'?t|do not) know|(brain|mind|head) is (totally |completely |just )?(blanking|blank|empty)|i'?d (have to )?pass on (that|this|it)|i (just )?can'?t remember (the|it|that|any)\w*)\b/,
  es: /\b((con toda sinceridad|sinceramente|la verdad|de verdad|honestamente),? no (lo )?se|no (lo )?sabria|no tengo (ni )?(idea|la menor idea)|no lo he hecho nunca|nunca lo he hecho|no quiero inventar\w*|me quede en blanco)\b/,
  pt: /\b((sinceramente|na verdade|de verdade|honestamente),? nao sei|nao saberia|nao tenho como responder|nao quero inventar|nao vem nada|deu (um )?branco)\b/,
};

/** A turn to what one does after all: "…but I always double-check the count". Folded. */
const contrast = /\b(but|though|pero|aunque|mas|porem|so que)\b/g;

/**
 * The speaker telling what they do or did, not what they lack: "i just talk to them", "yo llegaba y…";
 * not "I was more on the compliance side", "I've never done it", "I can't remember". Folded.
 */
const ownTelling =
  /\b(i|i'?ll|i'?d|yo|eu)\s+(?!(was|were|am|'m|m|have|'ve|ve|had|never|can'?t|cannot|couldn'?t|don'?t|do|didn'?t|haven'?t|no|nao|nunca|think|guess|mean|really|honestly|sorry|know|sei|se|tengo|tenho|estoy|to|tô|quiero|quero)\b)\p{L}{2,}/u;

/** The longest turn read this way: not knowing and its reason, not a story. */
const NOT_KNOWING_WORDS = 35;

/**
 * Whether a turn says the candidate does not know or has not done what was asked, with no work
 * told, no figure, nothing turned to after it ("…but I always…") and nothing of their own told in a
 * later clause ("I don't know, I just talk to them"). Folded turn. Pure.
 */
export function saysNotKnowing(folded: string, language: TextLanguage): boolean {
  if (tokenize(folded).length > NOT_KNOWING_WORDS || /\d/.test(folded) || workSaid(folded, language)) return false;
  const lastContrast = [...folded.matchAll(contrast)].at(-1);
  const after = lastContrast ? folded.slice(lastContrast.index) : folded;
  const languages = language === 'en' ? (['en'] as const) : ([language, 'en'] as const);
  const said = languages.map((lang) => notKnowing[lang].exec(after)).find((match) => match !== null);
  if (!said) return false;
  // "I don't know, I just talk to them…": a hedge, and the answer after it.
  const later = after
    .slice(said.index + said[0].length)
    .split(/[,.;!?]/)
    .slice(1)
    .join(' ');
  return !ownTelling.test(later);
}
