/**
 * Trains the turn reader on the hand-written tuning turns (corpus/tuning/dialog-acts.jsonl) and the graded tuning
 * answers that try to answer (corpus/tuning/graded-answers.jsonl, as answers),
 * and writes src/listening/turn-act-model.json. The L2 strength, epochs, the probability a
 * non-answer needs to override the rules' "answer" and the longest turn it may take are
 * chosen by 5-fold cross-validation on the tuning turns only, under one constraint: answers
 * misread out of fold stay within one in fifty (of the act turns' answers) of the rules' own. The independent turns are
 * never read here (bench:quality measures them).
 *
 *   npm run train:turns
 */
import { writeFileSync } from 'node:fs';
import type { Language } from '@voxly/config';
import { scoreActs, type ActReader, type ActScore } from '../corpus/act-evaluation.ts';
import {
  independentGradedAnswers,
  independentUtterances,
  labelledActs,
  tuningDirectory,
  type IndependentUtterance,
} from '../corpus/independent-sets.ts';
import { compactWeights, trainLogistic, type LogisticModel, type TrainingOptions } from '../corpus/train-logistic.ts';
import { turnTrainingDigest } from '../corpus/training-digest.ts';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { foldText } from '../src/fold-text.ts';
import { foldedTurn, modelReading, readDialogActByRules } from '../src/listening/dialog-act.ts';
import type { ModelledAct, TurnActModel } from '../src/listening/turn-act-classifier.ts';
import { turnFeatures } from '../src/listening/turn-features.ts';

const FOLDS = 5;
const acts: readonly ModelledAct[] = [
  'answer',
  'repeat_request',
  'clarification_request',
  'role_question',
  'off_topic',
  'dont_know',
  'thanks_closing',
];
/** Graded answers of these families make no attempt at the question; every other family's answers are answers. */
const nonAnswerFamilies = new Set(['off_topic', 'dont_know', 'filler_heavy_nonanswer']);
/**
 * The graded tuning answers, as answers to their questions: what ordinary answers look like (the act turns hold
 * few), so the model learns to leave them alone ("I'm sitting the last part of the CPA exam" asks for nothing).
 */
const gradedAnswers: IndependentUtterance[] = independentGradedAnswers(tuningDirectory)
  .filter((graded) => !nonAnswerFamilies.has(graded.family))
  .map((graded) => ({
    id: graded.id,
    language: graded.language,
    interviewLanguage: graded.interviewLanguage,
    jobTitle: graded.jobTitle,
    question: graded.question,
    utterance: graded.answer,
    act: 'answer',
  }));
const turns = [...independentUtterances(tuningDirectory), ...gradedAnswers];

/** A turn in another language is an answer to the act reader: the answer's reading tells the language. */
const labelOf = (turn: IndependentUtterance): ModelledAct => (turn.act === 'wrong_language' ? 'answer' : turn.act);
const featuresOf = (turn: IndependentUtterance) =>
  turnFeatures(foldedTurn(turn.utterance), foldText(turn.question), textLanguageOf[turn.interviewLanguage]);
const examples = turns.map((turn) => ({ features: featuresOf(turn), label: labelOf(turn) }));

function committed(model: LogisticModel<ModelledAct>, overrideAt: number, maxWords: number): TurnActModel {
  return {
    version: 1,
    classes: model.classes,
    bias: model.bias.map((value) => Math.round(value * 1000) / 1000),
    weights: compactWeights(model),
    overrideAt,
    maxWords,
  };
}

function readerWith(model: TurnActModel): ActReader {
  return (utterance: string, language: Language, question: string) => {
    const folded = foldedTurn(utterance);
    const byRules = readDialogActByRules(folded, language, foldText(question));
    if (byRules.act !== 'answer') return byRules;
    return { act: modelReading(model, folded, language, foldText(question), byRules.words) };
  };
}

function addScores(total: ActScore | undefined, score: ActScore): ActScore {
  if (!total) return score;
  for (const act of labelledActs) {
    total.perAct[act].labelled += score.perAct[act].labelled;
    total.perAct[act].recognised += score.perAct[act].recognised;
    total.perAct[act].falselyTaken += score.perAct[act].falselyTaken;
  }
  return {
    perAct: total.perAct,
    answersMisread: total.answersMisread + score.answersMisread,
    confusions: [...total.confusions, ...score.confusions],
  };
}

const macroRecall = (score: ActScore) => {
  const kinds = labelledActs.filter((act) => act !== 'answer' && score.perAct[act].labelled > 0);
  return kinds.reduce((sum, act) => sum + score.perAct[act].recognised / score.perAct[act].labelled, 0) / kinds.length;
};
const accuracy = (score: ActScore) =>
  labelledActs.reduce((sum, act) => sum + score.perAct[act].recognised, 0) /
  labelledActs.reduce((sum, act) => sum + score.perAct[act].labelled, 0);

const rulesScore = scoreActs(turns, (utterance, language, question) =>
  readDialogActByRules(foldedTurn(utterance), language, foldText(question)),
);
const answers = rulesScore.perAct.answer.labelled;
// One in fifty of the act turns' answers (the graded answers add what answers look like, not more room to misread them).
const actAnswers = turns.filter((turn) => !gradedAnswers.includes(turn) && labelOf(turn) === 'answer').length;
const allowedMisreads = rulesScore.answersMisread + Math.floor(actAnswers / 50);
console.log(
  `${turns.length} tuning turns (${answers} answers); rules alone: macro recall ${(100 * macroRecall(rulesScore)).toFixed(1)} %, answers misread ${rulesScore.answersMisread}`,
);

const inFold = (index: number, fold: number) => index % FOLDS === fold;
const grid: TrainingOptions[] = [1e-4, 3e-4, 1e-3, 3e-3].flatMap((l2) => [20, 40].map((epochs) => ({ l2, epochs })));
const thresholds = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
// Short turns only: a longer turn the rules call an answer usually is one, and a wrong reaction costs more than none.
const lengths = [10, 15];

let best: { options: TrainingOptions; overrideAt: number; maxWords: number; score: ActScore } | undefined;
for (const options of grid) {
  const foldModels = Array.from({ length: FOLDS }, (_, fold) =>
    trainLogistic(
      examples.filter((_, i) => !inFold(i, fold)),
      options,
      acts,
    ),
  );
  for (const overrideAt of thresholds)
    for (const maxWords of lengths) {
      let score: ActScore | undefined;
      foldModels.forEach((model, fold) => {
        score = addScores(
          score,
          scoreActs(
            turns.filter((_, i) => inFold(i, fold)),
            readerWith(committed(model, overrideAt, maxWords)),
          ),
        );
      });
      if (!score || score.answersMisread > allowedMisreads) continue;
      if (!best || macroRecall(score) > macroRecall(best.score) + 1e-9) best = { options, overrideAt, maxWords, score };
    }
}
if (!best) throw new Error('No setting keeps answers misread within bounds');

const final = committed(trainLogistic(examples, best.options, acts), best.overrideAt, best.maxWords);
const model: TurnActModel = {
  ...final,
  crossValidation: {
    folds: FOLDS,
    accuracy: Math.round(1000 * accuracy(best.score)) / 1000,
    answersMisread: best.score.answersMisread,
    answers,
    nonAnswersRecalled: Math.round(1000 * macroRecall(best.score)) / 1000,
  },
  trainedOn: turnTrainingDigest(),
};
writeFileSync(new URL('../src/listening/turn-act-model.json', import.meta.url), `${JSON.stringify(model)}\n`);
console.log(
  `chosen: l2 ${best.options.l2}, ${best.options.epochs} epochs, override at ${best.overrideAt}, up to ${best.maxWords} words; ` +
    `out of fold: macro recall ${(100 * macroRecall(best.score)).toFixed(1)} %, accuracy ${(100 * accuracy(best.score)).toFixed(1)} %, answers misread ${best.score.answersMisread} (allowed ${allowedMisreads})`,
);
// Out of fold on the newest batch alone: turns the rules were never written against.
const newest = turns.map((turn, i) => ({ turn, i })).filter(({ turn }) => turn.id.startsWith('tf-'));
if (newest.length > 0) {
  let fresh: ActScore | undefined;
  let freshRules: ActScore | undefined;
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const model = committed(
      trainLogistic(
        examples.filter((_, i) => !inFold(i, fold)),
        best.options,
        acts,
      ),
      best.overrideAt,
      best.maxWords,
    );
    const held = newest.filter(({ i }) => inFold(i, fold)).map(({ turn }) => turn);
    fresh = addScores(fresh, scoreActs(held, readerWith(model)));
    freshRules = addScores(
      freshRules,
      scoreActs(held, (utterance, language, question) => readDialogActByRules(foldedTurn(utterance), language, foldText(question))),
    );
  }
  if (fresh && freshRules)
    console.log(
      `newest batch (${newest.length} turns), out of fold: macro recall ${(100 * macroRecall(fresh)).toFixed(1)} % (rules alone ${(100 * macroRecall(freshRules)).toFixed(1)} %), answers misread ${fresh.answersMisread} (rules alone ${freshRules.answersMisread})`,
    );
}
for (const act of labelledActs) {
  const { labelled, recognised, falselyTaken } = best.score.perAct[act];
  const rules = rulesScore.perAct[act];
  console.log(
    `  ${act}: ${recognised}/${labelled} out of fold (rules alone ${rules.recognised}/${rules.labelled}), ${falselyTaken} taken wrongly`,
  );
}
