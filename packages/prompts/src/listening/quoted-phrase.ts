import type { Language } from '@voxly/config';
import {
  contentStems,
  genericStems,
  leisureStems,
  namedThings,
  spokenFillers,
  textLanguageOf,
  workStems,
} from '../answers/answer-vocabulary.ts';
import { lexiconScores } from '../field-detection/lexicon-score.ts';
import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, type TextLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';

/*
 * What a follow-up can quote when the answer names nothing the documents know and tells no
 * past action to say back: the answer's most specific stretch, in the candidate's own words.
 * Procedures told in the present ("olho nível de óleo, água do radiador"), stances ("I'd show
 * the before and after of the metric") and habits ("le aviso al supervisor") are what thin
 * answers are made of; a listener picks one up ("You said: «…»") rather than reciting a probe
 * (#27). Precision first: a stretch of fillers, generic words, life outside work, chat that
 * touches no work, or only the question's own words is never quoted; then the follow-up stays
 * the plain probe.
 */

/**
 * Clause ends: punctuation, and the conjunctions a spoken clause turns on, per language ("o" is
 * Spanish "or" but a Portuguese article). "and" before an article joins two things, not two
 * clauses: "I check the forks and the hydraulic oil" stays whole.
 */
const clauseBreak: Record<TextLanguage, RegExp> = {
  en: /[;:,()]+|\s[-–—]\s|\s(?:but|so|because|then)\s|\s(?:and|or)\s(?!(?:the|a|an|my|our|their|his|her|its|some|all|every|each)\s)/iu,
  es: /[;:,()]+|\s[-–—]\s|\s(?:pero|porque|entonces)\s|\s(?:y|o|u)\s(?!(?:el|la|los|las|un|una|mi|mis|su|sus|todo|toda|todos|todas|cada)\s)/iu,
  pt: /[;:,()]+|\s[-–—]\s|\s(?:mas|porque|então|aí)\s|\s(?:e|ou)\s(?!(?:o|a|os|as|um|uma|meu|minha|seu|sua|todo|toda|todos|todas|cada)\s)/iu,
};

/** Words a clause cannot end on and be whole: "saiu com", "a lista de", "with the". Folded. */
const danglingEnd: Record<TextLanguage, RegExp> = {
  en: /\b(the|a|an|of|to|in|on|with|for|at|by|from|my|our|their|his|her|that|which|who|where|when|is|was|were|are)$/,
  es: /\b(el|la|los|las|un|una|de|del|al|en|con|por|para|que|donde|cuando|mi|su|sus|es|era|fue|se|lo|le)$/,
  pt: /\b(o|a|os|as|um|uma|de|do|da|dos|das|no|na|em|com|por|pra|para|que|onde|quando|meu|minha|seu|sua|e|era|foi|se|lhe)$/,
};

/** The listener asked or told something ("oiga, ¿ustedes…", "can you hear me", "você viu o jogo"): the answer chats. Folded. */
const chatsWithListener: Record<TextLanguage, RegExp> = {
  en: /\b(you guys|can you|do you|have you|did you|are you)\b/,
  es: /\b(usted|ustedes|oiga|oye|tu sabes|sabes si|viste)\b/,
  pt: /\b(voce|voces|vc|sabe se|viu o|viu a)\b/,
};

/** The interviewer addressed: a clause with "you" in it is put to them or said of anyone, not the candidate's own. Folded. */
const addressed: Record<TextLanguage, RegExp> = {
  en: /\b(you|your|you're|you've)\b/,
  es: /\b(tu|usted|ustedes|vos|sabes|sabe|oiga|mire)\b/,
  pt: /\b(voce|voces|vc|ce|sabe|olha so)\b/,
};

/** Openers and tails that carry nothing: "so", "pues", "bah", "né". Lower case, accents kept ("sí" is one, "si" is not). */
const emptyEdges: Record<TextLanguage, ReadonlySet<string>> = {
  en: new Set('um uh erm hmm so well and like yeah yes okay ok honestly basically actually then just right'.split(' ')),
  es: new Set('eh em este pues bueno y entonces mira ahí vale no sí digamos claro uf'.split(' ')),
  pt: new Set('ah aí bah então tipo né e olha nossa cara bom assim sabe hum pois sim rapaz tchê'.split(' ')),
};

const MIN_WORDS = 3;
const MAX_WORDS = 12;
const MIN_SPECIFIC = 2;

/** A clause with its empty openers and tails taken off, in the answer's own spelling. */
function trimmed(clause: string, language: TextLanguage): string {
  const words = clause.trim().split(/\s+/).filter(Boolean);
  const empty = (word: string | undefined) => word !== undefined && emptyEdges[language].has(word.toLowerCase().replace(/[^\p{L}]/gu, ''));
  while (empty(words[0])) words.shift();
  while (empty(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The clause's words that say something of its own: four letters or more, not function or generic words, nor the question's. */
function specificWords(clause: string, language: TextLanguage, questionStems: ReadonlySet<string>): string[] {
  const generic = genericStems[language];
  return tokenize(foldText(clause))
    .filter((word) => word.length >= 4 && !functionWords[language].has(word))
    .map((word) => stemWord(word, language))
    .filter((stem) => !generic.has(stem) && !questionStems.has(stem));
}

/**
 * The stretch of the answer a follow-up can quote, or none when no stretch is specific enough:
 * three to twelve words, two or more of them specific and not the question's, nothing of life
 * outside work; a name or a figure weighs more. Pure.
 */
export function quotedPhrase(
  answer: string,
  language: Language,
  question: string,
  isKnownTerm: (term: string) => boolean,
): string | undefined {
  const text = textLanguageOf[language];
  const questionStems = new Set(contentStems(question, text));
  // Work, the field, the documents or the question. In an answer that chats (a question put back, life outside work),
  // a stretch touching none of them is the chat ("mi esposa es de allá"); elsewhere it is the trade's own words.
  const touchesWork = (phrase: string) => {
    const own = contentStems(phrase, text);
    return (
      isKnownTerm(phrase) ||
      own.some((stem) => questionStems.has(stem) || workStems[text].has(stem)) ||
      Object.values(lexiconScores(own)).some((score) => score > 0)
    );
  };
  const leisure = leisureStems[text];
  let best: { phrase: string; weight: number } | undefined;
  // A sentence asked back ("is the job at the Paulista office?") is no part of the answer to quote.
  const sentences = answer.split(/(?<=[.!?¿])\s+|(?=¿)/u);
  const told = sentences.filter((sentence) => !/\?\s*$/.test(sentence));
  const chats =
    told.length < sentences.length ||
    chatsWithListener[text].test(foldText(answer)) ||
    contentStems(answer, text).some((stem) => leisure.has(stem));
  for (const raw of told.flatMap((sentence) => sentence.split(/[.!]+/)).flatMap((sentence) => sentence.split(clauseBreak[text]))) {
    const phrase = trimmed(raw ?? '', text);
    const words = phrase.split(/\s+/).filter(Boolean);
    const folded = foldText(phrase);
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    // Fillers inside, the listener addressed, a clause cut off, or life outside work: not worth saying back.
    if (folded.match(spokenFillers[text]) || addressed[text].test(folded) || danglingEnd[text].test(folded)) continue;
    if (contentStems(phrase, text).some((stem) => leisure.has(stem))) continue;
    const work = touchesWork(phrase);
    if (chats && !work) continue;
    const specific = specificWords(phrase, text, questionStems);
    if (specific.length < MIN_SPECIFIC) continue;
    const weight = specific.length + 2 * namedThings(phrase).length + (work ? 1 : 0);
    if (!best || weight > best.weight) best = { phrase, weight };
  }
  return best?.phrase;
}
