import { contentStems, dontKnow } from '../answers/answer-vocabulary.ts';
import type { TextLanguage } from '../field-detection/text-language.ts';
import { tokenize } from '../fold-text.ts';
import { echoAskingBack, missedQuestion } from './missed-question.ts';
import { readingsOffered } from './readings-offered.ts';
import { roleTopicsOf } from './role-topics.ts';
import {
  aboutTheMeeting,
  aboutTheQuestion,
  bareRepeat,
  clarifyCues,
  closingCues,
  cued,
  isQuestion,
  leisureSaid,
  notKnowingCues,
  offersAlternatives,
  repeatCues,
  rephraseCues,
  workSaid,
} from './turn-cues.ts';

/** How long a turn is, in buckets: a request is short, an answer usually is not. */
function lengthBucket(words: number): string {
  if (words <= 2) return '1-2';
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  if (words <= 35) return '21-35';
  return '36+';
}

/** How much of the turn repeats the question's words: an echo ("the what mower?") or an answer on its topic. */
function echoBucket(turnStems: string[], questionStems: ReadonlySet<string>): string {
  if (turnStems.length === 0) return 'none';
  const share = turnStems.filter((stem) => questionStems.has(stem)).length / turnStems.length;
  if (share === 0) return '0';
  if (share < 0.25) return 'some';
  if (share < 0.6) return 'half';
  return 'most';
}

/**
 * The features the trained turn reader sees, on folded text: the words and their opening
 * letters (so "repetir", "repite" and "repeat" share "repe"), the first and last words, the
 * turn's length and question form, how much it echoes the question, and every cue the rules
 * read — the model learns how much each is worth together, rather than one rule at a time.
 * Binary features; pure.
 */
export function turnFeatures(folded: string, question: string, language: TextLanguage): Map<string, number> {
  const features = new Map<string, number>();
  const add = (name: string) => features.set(name, 1);
  const tokens = tokenize(folded);
  for (const token of tokens) {
    add(`w:${token}`);
    if (token.length >= 5) add(`p:${token.slice(0, 4)}`);
  }
  for (let i = 1; i < tokens.length; i += 1) add(`b:${tokens[i - 1]}_${tokens[i]}`);
  if (tokens[0]) add(`s:${tokens[0]}`);
  if (tokens[1]) add(`s2:${tokens[0]}_${tokens[1]}`);
  const last = tokens.at(-1);
  if (last) add(`e:${last}`);
  add(`len:${lengthBucket(tokens.length)}`);
  if (/\?\s*$/.test(folded)) add('q:ends');
  else if (folded.includes('?')) add('q:inside');
  if (isQuestion(folded, language)) add('q:asked');
  const turnStems = contentStems(folded, language);
  add(`echo:${echoBucket(turnStems, new Set(contentStems(question, language)))}`);
  const cues: [string, boolean][] = [
    ['bare', bareRepeat.test(folded.replace(/^[¿¡]/, ''))],
    ['repeat', cued(repeatCues, folded, language)],
    ['clarify', cued(clarifyCues, folded, language)],
    ['rephrase', cued(rephraseCues, folded, language)],
    // The rules' own readings, so the model credits them and not the words around them ("the last part" of an exam).
    ['missed', missedQuestion(folded, language)],
    ['echowh', echoAskingBack(folded)],
    ['readings', readingsOffered(folded, question, language, workSaid(folded, language))],
    ['closing', cued(closingCues, folded, language)],
    ['notknowing', cued(notKnowingCues, folded, language) || dontKnow.test(folded)],
    ['meeting', aboutTheMeeting.test(folded)],
    ['role', roleTopicsOf(folded).length > 0],
    ['leisure', leisureSaid(folded, language)],
    ['work', workSaid(folded, language)],
    ['choice', offersAlternatives(folded)],
    ['aboutquestion', aboutTheQuestion.test(folded)],
    ['figure', /\d/.test(folded)],
  ];
  for (const [name, present] of cues) if (present) add(`cue:${name}`);
  return features;
}
