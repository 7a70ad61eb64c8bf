import { stemWord } from '../field-detection/stem-word.ts';
import { functionWords, guessLanguage } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { roleTopicsOf, type RoleTopic } from './role-topics.ts';

const longestExcerpt = 220;

/** The topics from the most to the least specific: a question's first one is what the answer must be about. */
const topicsBySpecificity: readonly RoleTopic[] = [
  'pay',
  'benefits',
  'contract',
  'start',
  'travel',
  'place',
  'schedule',
  'growth',
  'process',
  'tools',
  'duties',
  'team',
  'company',
];

/**
 * The job description's sentence that answers a candidate's question about the role, or
 * nothing. Precision first: a sentence must be on the question's most specific topic (pay
 * before schedule: "the pay for nights?" is not answered by the night shift's hours) —
 * sharing a city or a company name is not enough — and, without a clear
 * topic, share at least two content words with the question. Nothing found means the
 * interviewer says the posting does not say, which is never wrong.
 */
export function postingSentenceFor(question: string, topics: readonly RoleTopic[], jobDescription: string): string | undefined {
  const language = guessLanguage(jobDescription);
  const stops = functionWords[language];
  // Capitalised words are names (cities, companies, people): they do not make a sentence an answer.
  const stems = (text: string) =>
    new Set(
      text
        .split(/\s+/)
        .filter((word, index) => index === 0 || !/^\p{Lu}/u.test(word))
        .flatMap((word) => tokenize(foldText(word)))
        .filter((token) => token.length > 2 && !stops.has(token))
        .map((token) => stemWord(token, language)),
    );
  const asked = stems(question);
  // "What's the pay like for nights?" asks about pay: a sentence about the night shift does not answer it.
  const primary = topicsBySpecificity.find((topic) => topics.includes(topic));
  let best: { sentence: string; score: number } | undefined;
  for (const raw of jobDescription.split(/(?<=[.!?;])\s+|\n+/)) {
    const sentence = raw.replace(/^[\s\-•*·]+/, '').trim();
    if (sentence.length < 8) continue;
    const shared = [...stems(sentence)].filter((stem) => asked.has(stem)).length;
    const onTopic = primary !== undefined && roleTopicsOf(foldText(sentence)).includes(primary);
    const score = topics.length === 0 ? (shared >= 2 ? shared : 0) : onTopic ? 1 + shared : 0;
    if (score > 0 && (!best || score > best.score)) best = { sentence, score };
  }
  if (!best) return undefined;
  return best.sentence.length > longestExcerpt ? `${best.sentence.slice(0, longestExcerpt - 3).trimEnd()}…` : best.sentence;
}
