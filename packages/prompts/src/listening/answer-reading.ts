import { SHORT_ANSWER_WORDS, type Language } from '@voxly/config';
import {
  contentStems,
  dontKnow,
  genericStems,
  hasFigure,
  leisureStemsIn,
  namedThings,
  ownActions,
  textLanguageOf,
  workStems,
} from '../answers/answer-vocabulary.ts';
import { lexiconScores } from '../field-detection/lexicon-score.ts';
import { languageCounts } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { louderLanguage } from './louder-language.ts';

type AnswerKind = 'empty' | 'dont_know' | 'other_language' | 'off_topic' | 'thin' | 'substantive';

export interface AnswerReading {
  kind: AnswerKind;
  words: number;
  /** A term the candidate named (a tool, a project, a number), for a follow-up that refers to it. */
  mentioned?: string;
}

export interface ReadingContext {
  language: Language;
  /** The question just asked. */
  question: string;
  /** The content stems of the job title, description and resume (`documentStems`): what an on-topic answer shares words with. */
  documentStems: ReadonlySet<string>;
}

/** Function words of languages no interview is held in, none of them written in en, es or pt. Folded. */
const foreign = new Set(
  "je j'ai c'est est une les des pas nous vous du au chaque suis dans tres aussi avec doncs amb els ho aquest aquesta tambe molt abans faig fem sono della delle degli gli anche molto ich und das ist nicht mit wir auch sehr".split(
    ' ',
  ),
);
const foreignWords = (folded: string) => tokenize(folded).filter((token) => foreign.has(token)).length;

/** English function words, for telling an English answer apart in a Spanish or Portuguese interview. */
const englishFunction = new Set(
  'i the a an and of to in on for with at from is are was were my it this that have has had you we they but so like'.split(' '),
);
const englishShare = (folded: string) => {
  const tokens = tokenize(folded);
  return tokens.filter((token) => englishFunction.has(token)).length / Math.max(1, tokens.length);
};

/** The stems an on-topic answer would share, computed once per interview by the caller. */
export function documentStems(documents: string, language: Language): ReadonlySet<string> {
  return new Set(contentStems(documents, textLanguageOf[language]));
}

/**
 * What kind of answer the candidate just gave (after `readDialogAct` found it is one), so
 * the interviewer can listen rather than recite: nothing, "I don't know", another language, off the topic,
 * thin (no figure, no named thing, no own action), or substantive. Pure.
 */
export function readAnswer(answer: string, context: ReadingContext): AnswerReading {
  const folded = foldText(answer).replace(/[’']/g, "'").trim();
  const words = tokenize(folded).length;
  if (words === 0) return { kind: 'empty', words };
  const language = textLanguageOf[context.language];
  if (words <= 15 && dontKnow.test(folded)) return { kind: 'dont_know', words };
  // Another language only on positive evidence: two of its own words and none of the interview's.
  const counts = languageCounts(folded);
  const other = louderLanguage(counts, language);
  if (words >= 6 && other && counts[language] === 0) {
    return { kind: 'other_language', words };
  }
  // A language the interview is never in (French, Catalan, Italian, German): three of its own words and next to none of ours.
  if (words >= 6 && foreignWords(folded) >= 3 && counts[language] <= 1) return { kind: 'other_language', words };
  // English answers in a Spanish or Portuguese interview, when its telltales are few: "yes, I have the certification from my job".
  if (language !== 'en' && words >= 8 && counts[language] === 0 && englishShare(folded) >= 0.3) return { kind: 'other_language', words };
  // Off the topic, precision first: about life outside work, touching nothing of the question, the job, work or the field.
  const topical = contentStems(answer, language).filter((stem) => !genericStems[language].has(stem));
  const asked = new Set(contentStems(context.question, language));
  const shared = topical.filter((stem) => asked.has(stem) || context.documentStems.has(stem)).length;
  const aboutWork = topical.some((stem) => workStems[language].has(stem));
  const fieldTerms = Object.values(lexiconScores(topical)).reduce((sum, value) => sum + value, 0);
  const leisure = leisureStemsIn(answer, language).filter((stem) => !genericStems[language].has(stem)).length;
  if (leisure > 0 && shared === 0 && !aboutWork && fieldTerms === 0) return { kind: 'off_topic', words };
  // A turn a fifth of which is life outside work, with a passing word of the job (the city it is in), is chatter too.
  if (leisure >= 3 && leisure >= topical.length / 5 && shared / Math.max(1, topical.length) < 0.12) return { kind: 'off_topic', words };
  const mentioned = namedThings(answer)[0];
  const substance = [
    hasFigure(answer, folded, language),
    mentioned !== undefined,
    ownActions(answer, language).length > 0,
    words >= 60,
  ].filter(Boolean).length;
  if (words < SHORT_ANSWER_WORDS || (substance <= 1 && words < 60)) return { kind: 'thin', words, ...(mentioned ? { mentioned } : {}) };
  return { kind: 'substantive', words, ...(mentioned ? { mentioned } : {}) };
}
