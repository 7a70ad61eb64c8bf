import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';
import { resultTold } from './told-ending.ts';
import { toldFigure, toldOwnActions } from './told-facts.ts';
import { presentOwnSteps } from './told-in-present.ts';

/** What an answer tells of the facts a hint may ask for. */
export interface ToldReading {
  /** A figure: digits, a number word, a counted time span. */
  figure: boolean;
  /** The candidate's own past actions, as found. */
  ownActions: string[];
  /** Own steps told in the present ("so I call the supplier"). */
  presentSteps: boolean;
  /** How it ended: a change, a before and after, an ending told in words. */
  result: boolean;
}

/** The answer folded as every reading here takes it: lower case, no accents, one kind of apostrophe. */
export const foldAnswer = (answer: string): string => foldText(answer).replace(/[’']/g, "'").trim();

/**
 * The one reading of whether an answer gives a figure, tells own actions and states a result:
 * the reviewer builds its improvements on it and the coached hint's check judges the hint with
 * it, so the two cannot disagree on what the answer tells. Whether that reading is right is
 * measured against the writers' labels (`labelledHintDisagreements`), not against itself. Pure.
 */
export function readTold(answer: string, language: TextLanguage, question = ''): ToldReading {
  const folded = foldAnswer(answer);
  return {
    // A figure the question stated ("your first six months") and the answer says back measures nothing.
    figure: toldFigure(folded, language, foldAnswer(question)),
    ownActions: toldOwnActions(answer, language),
    presentSteps: presentOwnSteps(folded, language),
    result: resultTold(folded, language),
  };
}
