import type { TextLanguage } from '../field-detection/text-language.ts';
import { foldText } from '../fold-text.ts';
import { clippedSteps } from './clipped-steps.ts';
import { closesOnEvent } from './closing-events.ts';
import { firstPersonSteps } from './first-person-steps.ts';
import { roughFigure } from './rough-figures.ts';
import { lessonTold } from './told-ending.ts';
import { wouldSteps } from './would-steps.ts';

/*
 * Where a "missing" claim is a guess. A result: a story closing on a lesson or a finding, or on
 * anything that happened (the fix itself, others' response, a hedged outcome, a decision), may
 * have told its outcome in words the review does not read. Own actions: steps said in the first
 * person in any tense, with the pronoun dropped, as clipped notes with no one named, or as
 * concrete steps one would take, are the candidate's own to a listener. A figure: one said in
 * words ("hundreds of", "uno solo", "perdi um dia", "um gráfico só", "a couple of pickers").
 * Nothing to check: a figure in words or clipped steps (steps said with "I" are read already,
 * and an opinion said with "I think" is what the claim is for). Readers who label answers count all of these as present (#27, #29).
 */
const ownStepsMaybe = (answer: string, language: TextLanguage) =>
  firstPersonSteps(answer, language) || clippedSteps(answer, language) || wouldSteps(answer, language);
const unsureMissing = {
  result: (answer: string, language: TextLanguage) => lessonTold(foldText(answer), language) || closesOnEvent(answer, language),
  ownActions: ownStepsMaybe,
  numbers: roughFigure,
  longWithoutFacts: (answer: string, language: TextLanguage) => roughFigure(answer, language) || clippedSteps(answer, language),
} satisfies Record<string, (answer: string, language: TextLanguage) => boolean>;

/** The general tip said in place of a claim the reading is unsure of: it claims nothing about the answer. */
const NEUTRAL_TIP = 'endOnChangeTip';

/**
 * The one decision the review's improvement list and the coached hint share: a claim that
 * something is missing ("finish with the result", "say what you did yourself") stands only
 * where the reading is sure of it; otherwise the neutral tip is said instead. Claims of other
 * kinds pass through. Pure.
 */
export function sureClaimOrTip<Claim extends string>(claim: Claim, answer: string, language: TextLanguage): Claim | typeof NEUTRAL_TIP {
  const unsure = Object.hasOwn(unsureMissing, claim) ? unsureMissing[claim as keyof typeof unsureMissing] : undefined;
  return unsure?.(answer, language) ? NEUTRAL_TIP : claim;
}
