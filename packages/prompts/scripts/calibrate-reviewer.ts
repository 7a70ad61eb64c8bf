/**
 * Fits the reviewer's weights on the train side of the graded answers (coordinate search
 * for the rank correlation, then offset and scale by least squares onto the 1–5 grades)
 * and writes src/review/reviewer-weights.json. The held-out side is only measured.
 *
 *   npm run calibrate:reviewer
 */
import { writeFileSync } from 'node:fs';
import { gradedAnswerCorpus, spearman, type GradedAnswer } from '../corpus/graded-answer-corpus.ts';
import { independentGradedAnswers, tuningDirectory } from '../corpus/independent-sets.ts';
import { detectField } from '../src/field-detection/detect-field.ts';
import { jobRequirements } from '../src/fit-check/job-requirements.ts';
import { answerSignals } from '../src/review/answer-signals.ts';
import { evidenceOf, reviewAnswer, type ReviewerWeights } from '../src/review/review-answer.ts';

// The train side of the pooled corpus, and the whole hand-written tuning set (written from the brief, never the independent one).
const corpus = gradedAnswerCorpus();
const handWritten: GradedAnswer[] = independentGradedAnswers(tuningDirectory).map((a) => ({
  language: a.language,
  interviewLanguage: a.interviewLanguage,
  questionId: a.id,
  question: a.question,
  jobTitle: a.jobTitle,
  answer: a.answer,
  grade: a.grade,
  reason: '',
  split: 'train',
}));
const train = [...corpus.filter((a) => a.split === 'train'), ...handWritten];
const signalsOf = (a: GradedAnswer) => {
  const input = { question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language: a.interviewLanguage };
  return { a, signals: answerSignals(input, jobRequirements(input, detectField(input).field)), kind: reviewAnswer(input).kind };
};
const trainSignals = train.map(signalsOf).filter((s) => s.kind === 'answer');
const correlation = (w: ReviewerWeights) =>
  spearman(
    trainSignals.map((s) => evidenceOf(s.signals, w)),
    trainSignals.map((s) => s.a.grade),
  );

// A neutral start, so a run depends only on the corpus, not on the previous file.
let weights: ReviewerWeights = {
  numbers: 1,
  named: 1,
  actions: 1,
  result: 1,
  reasoning: 1,
  situation: 1,
  length: 1,
  relevance: 1,
  buzz: 1,
  denies: 1,
  hypothetical: 1,
  touched: 1,
  otherStory: 1,
  portrait: 1,
  offset: 0,
  scale: 1,
};
const keys = (Object.keys(weights) as (keyof ReviewerWeights)[]).filter((key) => key !== 'offset' && key !== 'scale');
let best = correlation(weights);
for (let round = 0; round < 6; round += 1) {
  for (const key of keys) {
    // Length may help but never decide: a long answer is not a good one (the reviewer this replaced rewarded length).
    for (const value of [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2, 1.5, 2, 2.5, 3].filter((v) => key !== 'length' || v <= 1)) {
      const candidate = { ...weights, [key]: value };
      const r = correlation(candidate);
      if (r > best + 1e-9) {
        best = r;
        weights = candidate;
      }
    }
  }
}
// Offset and scale: the evidence's spread matched to the grades' (least squares would pull every score towards the
// middle, so a strong answer could never read as strong), over every train answer that is an answer.
const xs = trainSignals.map((s) => evidenceOf(s.signals, weights));
const ys = trainSignals.map((s) => s.a.grade);
const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
const my = ys.reduce((a, b) => a + b, 0) / ys.length;
const sd = (values: number[], mean: number) => Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
const slope = sd(ys, my) / sd(xs, mx);
weights = { ...weights, scale: Math.round(slope * 1000) / 1000, offset: Math.round((my - slope * mx) * 1000) / 1000 };
writeFileSync(new URL('../src/review/reviewer-weights.json', import.meta.url), `${JSON.stringify(weights)}\n`);
console.log(`train rank correlation of the evidence (answers only): ${best.toFixed(3)}`);
console.log('weights:', JSON.stringify(weights));
