import { contentStems } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { cued, fillerOr, type Cues } from './turn-cues.ts';

/*
 * Two readings of the question offered back before any answer, often with no question mark
 * from the recogniser: "when you say worked, like for the business or for the users", "a alguien
 * de negocio tipo gerente o alguien que sabe de números", "evento próprio ou feira". What makes
 * it a request: the readings are offered ("X or Y"), the turn checks a reading ("when you say",
 * "o sea", "tipo") or says they differ ("those are two different things", "ahí cambia", "depende"),
 * or opens on the question's own words; and it tells nothing done. Pure; folded text.
 */

/** A reading being checked, in the opening words: "when you say", "you mean", "cuando dices", "quando você fala". Folded. */
const readingChecked: Cues = {
  en: /\b(when you say|you mean|do you mean|as in|in the sense)\b/,
  es: /\b(cuando (dices|dice|decis|hablas|habla)|te refieres|se refiere|en el sentido)\b/,
  pt: /\b(quando (voce|vc) (fala|diz)|(voce|vc) (fala|diz|ta falando|esta falando) (de|do|da|dos|das|em|no|na)|(voce|vc) quer dizer|no sentido)\b/,
};

/** Saying the readings differ or the answer depends on which: "two different things", "ahí cambia harto", "depende". Folded. */
const readingsDiffer: Cues = {
  en: /\b(((two|pretty|really|very|kind of|totally|completely) )different|different (things|playbooks|answers|stories|questions)|changes (everything|the answer|a lot)|depends|does (\w+ ){1,5}count|which (kind|one) you want)\b/,
  es: /\b((dos cosas|bastante|muy|bien|totalmente) (distint|diferent)\w*|cambia (todo|harto|mucho|bastante|la respuesta|el numero)|ahi cambia|depende|cuenta (tambien|como))\b/,
  pt: /\b((duas coisas|bem|muito|totalmente) diferent\w*|coisas diferentes|muda (tudo|muito|bastante|a resposta)|depende|conta (tambem|como))\b/,
};

/** Asking which of them is meant, anywhere in the turn: "I just want to know which kind", "no sé si usted me pregunta por…". Folded. */
const whichMeant: Cues = {
  en: /\b((i (just )?(want|need) to know|not sure|i don'?t know) (which|if|whether) (kind|one|you|it'?s)|are you asking (about|for))\b/,
  es: /\b(no (se|sabria) si (usted |tu )?(quiere|quieres|me pregunta|me preguntas|se refiere|te refieres)|(usted|tu) me pregunta(s)? por)\b/,
  pt: /\b((preciso|queria) (so )?entender se|nao sei se (voce|vc) (quer|ta perguntando|esta perguntando)|(voce|vc) (me )?pergunta (sobre|de|do|da|se))\b/,
};

/** Two things offered, joined by "or", "o", "u", "ou" (Portuguese "o" is an article). */
const offered: Record<TextLanguage, RegExp> = {
  en: /\S,? \bor\b,? \S/,
  es: /\S,? \b[ou]\b,? \S/,
  pt: /\S,? \bou\b,? \S/,
};

/** Whether a turn offers readings of the question back. `doneSaid` tells whether it tells something done. Pure. */
export function readingsOffered(folded: string, question: string, language: TextLanguage, doneSaid: boolean): boolean {
  const words = tokenize(folded).length;
  if (words > 40 || doneSaid || /\d/.test(folded)) return false;
  const bare = folded.replace(fillerOr, ' ');
  if (!offered[language].test(bare)) return false;
  const opening = tokenize(bare).slice(0, 10).join(' ');
  if (cued(readingChecked, opening, language) || cued(readingsDiffer, bare, language) || cued(whichMeant, bare, language)) return true;
  // Opening on the question's own word, briefly: "niche like technical niche", "presupuesto total o lo que yo manejaba".
  if (words > 25) return false;
  const asked = new Set(contentStems(question, language));
  const first = contentStems(tokenize(bare).slice(0, 3).join(' '), language)[0];
  return first !== undefined && asked.has(first);
}
