import type { Language } from '@voxly/config';
import { functionWords } from '../field-detection/text-language.ts';
import { foldText, tokenize } from '../fold-text.ts';
import { inventedFacts } from './invented-facts.ts';
import type { StatedFact } from './resume-facts.ts';
import { resumeStories, type ResumeStory } from './resume-stories.ts';
import { roleParts } from './role-line.ts';
import { strongerAnswerLines } from './stronger-answer-lines.ts';

/** An example of a stronger answer, in four parts; the report labels each part. */
export interface StrongerAnswer {
  situation: string;
  action: string;
  result: string;
  /** The posting's requirement the story shows. */
  shows: string;
}

export interface StrongerAnswerInput {
  question: string;
  language: Language;
  resumeText: string;
  /** The posting's requirement this question is about (the plan's must-have), or the job title when none is. */
  requirement: string;
  /** Stories already used for earlier questions (their index in resumeStories), so each question gets its own where the resume has enough. */
  used?: ReadonlySet<number>;
}

const stops = new Set([...functionWords.en, ...functionWords.es, ...functionWords.pt]);
const wordsOf = (text: string) => new Set(tokenize(foldText(text)).filter((w) => w.length > 2 && !stops.has(w)));
const hasFigure = (text: string) => /\d/.test(text);
/** A detail that reads as an outcome: a figure with a share, a change or a from-to ("cut by 40%", "de 900 ms a 180 ms"). */
const isResult = (text: string) =>
  hasFigure(text) &&
  /%|\b(by|from|de|desde|para|up|down)\s+\d|\d\s*(x|k|mil)\b|\b(reduc|cut|grew|grow|increas|decreas|sav|improv|raised|lower|boost|mejor|aument|ahorr|redu|cresc|aument|econom|ganh|diminu|dobr|dupl|tripl)/iu.test(
    text,
  );

/** How well a story fits a question: words it shares with the question and the requirement, a figure, details. */
function fit(story: ResumeStory, topic: Set<string>): number {
  const words = wordsOf([story.where ?? '', ...story.details].join(' '));
  const shared = [...words].filter((w) => topic.has(w)).length;
  return shared * 2 + (story.details.some(isResult) ? 1.5 : 0) + (story.details.length > 0 ? 1 : 0) + (story.where ? 0.5 : 0);
}

/**
 * The resume story that best answers a question, and the answer built from it: the role
 * line as the situation, the details as the candidate's own actions, a detail with a figure
 * as the result (the resume's own figure, never another), and the requirement it shows.
 * What the resume does not say is a placeholder the candidate fills in. Pure.
 */
export function strongerAnswer(input: StrongerAnswerInput): { answer: StrongerAnswer; story: number | null } {
  const lines = strongerAnswerLines[input.language];
  const stories = resumeStories(input.resumeText);
  const topic = wordsOf(`${input.question} ${input.requirement}`);
  const used = input.used ?? new Set<number>();
  const ranked = stories
    .map((story, index) => ({ story, index, score: fit(story, topic) - (used.has(index) ? 10 : 0) }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const best = ranked[0];
  const story = best?.story;
  const withFigure = story?.details.find(isResult);
  const actions = story?.details.filter((d) => d !== withFigure) ?? [];
  return {
    answer: {
      situation: lines.situation(story?.where ? roleParts(story.where) : undefined),
      action: lines.action(actions.length ? actions.slice(0, 3).join('; ') : undefined),
      result: lines.result(withFigure),
      shows: lines.shows(input.requirement),
    },
    story: best ? best.index : null,
  };
}

/** The example as one text, in reading order: what the checker reads and the model is shown. */
export const strongerAnswerText = (answer: StrongerAnswer) => [answer.situation, answer.action, answer.result, answer.shows].join(' ');

/** What an example is checked against: the resume for the candidate's claims, the posting for the requirement it names. */
export interface ExampleFacts {
  resumeText: string;
  jobTitle: string;
  jobDescription: string;
}

/**
 * The figures, organisations and degrees an example states that it may not: its situation,
 * actions and result are the candidate's claims and must be the resume's; the requirement it
 * shows is the role's and may be the posting's. Pure.
 */
export function exampleFindings(example: StrongerAnswer, facts: ExampleFacts): StatedFact[] {
  const claims = [example.situation, example.action, example.result].join(' ');
  return [
    ...inventedFacts({ answer: claims, resumeText: facts.resumeText }),
    ...inventedFacts({ answer: example.shows, resumeText: `${facts.resumeText}\n${facts.jobTitle}\n${facts.jobDescription}` }),
  ];
}

/**
 * The consistency step every example passes, whoever wrote it: an example that names a
 * figure, organisation or degree it may not (exampleFindings) is replaced by the one built
 * from the resume. Pure.
 */
export function checkedExample(
  example: StrongerAnswer | undefined,
  local: StrongerAnswer,
  facts: ExampleFacts,
): { example: StrongerAnswer; replaced: boolean } {
  if (!example) return { example: local, replaced: false };
  return exampleFindings(example, facts).length ? { example: local, replaced: true } : { example, replaced: false };
}
