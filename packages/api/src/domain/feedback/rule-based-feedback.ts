import { competencies, LONG_ANSWER_WORDS, SHORT_ANSWER_WORDS, type Language } from '@voxly/config';
import {
  asideReader,
  feedbackLines,
  foldText,
  interviewPlan,
  mostQuestionsIn,
  openingQuestion,
  questionPlan,
  readDialogAct,
  reviewAnswer,
  revisitWordings,
  ruledOut,
  sentenceCase,
  spokenLines,
  tokenize,
  withoutWordsToReviewer,
  type AnswerReview,
  type BankQuestion,
  type Competency,
  type FieldId,
  type InterviewerBrief,
  type PlannedQuestion,
} from '@voxly/prompts';
import type { StoredTurn } from '../interview/transcript.ts';
import { MAX_REVIEWED_QUESTIONS, type FeedbackContent, type Verdict } from './feedback-content.ts';
import type { SpeechMetrics } from './speech-metrics.ts';
import { examplesFrom } from './stronger-examples.ts';

export interface RuleBasedInput {
  field: FieldId;
  language: Language;
  transcript: StoredTurn[];
  metrics: SpeechMetrics;
  endReason: string | null;
  /**
   * The job (and the resume, which the plan's must-have questions are built from), so each answer
   * is judged against what the role asks for; and the session as chosen (kind, level, focus,
   * length), which shaped the plan the interviewer asked from and how much of it fits.
   */
  job?: Pick<InterviewerBrief, 'jobTitle' | 'jobDescription'> &
    Partial<Pick<InterviewerBrief, 'resumeText' | 'kind' | 'seniority' | 'focus' | 'lengthMinutes'>>;
}

/** The highest overall score an interview of mostly non-answers or off-topic remarks can get: below "Lean hire". */
const NO_HIRE_CEILING = 39;
/** A comfortable speaking pace for an interview, in words per minute. */
export const COMFORTABLE_PACE = { min: 120, max: 160 } as const;
/** Filler words per 100 words below which speech sounds fluent. */
const FEW_FILLERS = 2;
const MANY_FILLERS = 5;

type StarPart = 'situation' | 'task' | 'action' | 'result';
const starParts: StarPart[] = ['situation', 'task', 'action', 'result'];

interface AnsweredQuestion {
  question: BankQuestion;
  answer: string;
  words: number;
  star: StarPart[];
  /** reviewAnswer's judgement of this answer. */
  review: AnswerReview;
  /** 0–1: the review's 1–5 score, rescaled. */
  score: number;
}

/** A question the interviewer asked, with its answer when it got one. */
interface AskedQuestion {
  question: BankQuestion;
  answered?: AnsweredQuestion;
}

const clamp = (n: number, min = 0, max = 1) => Math.min(max, Math.max(min, n));
const ratingOf = (score: number) => clamp(1 + Math.round(score * 4), 1, 5);
/** Capitalises the first letter, after any opening mark ("¿podrías…" → "¿Podrías…"). */
/**
 * A quote cut to about `max` characters, never mid-word: at the last clause mark (, ; : . ? !)
 * that keeps at least half of it, else at the last word; "…" marks the cut, and a quote cut
 * open is closed. Whole when it fits.
 */
function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const clause = Math.max(...[...head.matchAll(/[,;:.?!](?=\s)/g)].map((m) => m.index));
  const word = head.lastIndexOf(' ', max - 1);
  const end = clause >= max / 2 ? clause : word > 0 ? word : max - 1;
  const kept = `${text.slice(0, end).replace(/[\s,;:]+$/u, '')}…`;
  // A cut inside a quoted resume line closes its quote: «Payment APIs in Node.js…», “Conciliação no SAP…”.
  const count = (mark: RegExp) => (kept.match(mark) ?? []).length;
  const close = count(/«/g) > count(/»/g) ? '»' : count(/“/g) > count(/”/g) ? '”' : count(/"/g) % 2 === 1 ? '"' : '';
  return `${kept}${close}`;
}
/** A question quoted in the report: whole up to 100 characters (most are), else cut cleanly near 70. */
const quoteQuestion = (text: string) => (text.length <= 100 ? text : shorten(text, 70));

function starOf(answer: string, language: Language): StarPart[] {
  const text = ` ${foldText(answer).replace(/\s+/g, ' ')} `;
  const markers = feedbackLines[language].starMarkers;
  return starParts.filter((part) => markers[part].some((marker) => text.includes(marker)));
}

/**
 * A question the interviewer put that is not in the bank: a "deeper" question once the plan is done,
 * keyed by its own line (a repeat says that line again), shown as it was asked, from the revisit's
 * lead ("We have time to go deeper, so let me go back to…") when there is one.
 */
function deeperQuestionIn(turn: string, language: Language): { key: string; question: BankQuestion } | null {
  const lines = spokenLines[language];
  const index = lines.deeperQuestions.findIndex((line) => turn.includes(line));
  const line = lines.deeperQuestions[index];
  if (line === undefined) return null;
  // Every wording a revisit's lead may take (each revisit is said in other words than the one before).
  const leads = revisitWordings
    .flatMap((n) => [lines.revisit('\u0000', n), lines.revisitClause('\u0000', n)])
    .map((lead) => lead.slice(0, lead.indexOf('\u0000')).trimEnd());
  const starts = leads.map((lead) => turn.indexOf(lead)).filter((at) => at >= 0 && at < turn.indexOf(line));
  const text = starts.length ? turn.slice(Math.min(...starts), turn.indexOf(line) + line.length) : line;
  return { key: line, question: { id: `deeper-${index + 1}`, competency: 'behavioural', text } };
}

/** A sentence this short that asks nothing is the acknowledgement before a question ("Thanks, Ana.", "Entiendo."). */
const ACKNOWLEDGEMENT_WORDS = 5;

/**
 * The question a turn puts, with what leads into it: "Got it. Tell me about a time X went badly. What
 * did you do?" → "Tell me about a time X went badly. What did you do?". Short acknowledgements before
 * it and whatever follows its last question mark are left out; null when the turn asks nothing.
 */
function questionIn(turn: string): string | null {
  const end = turn.lastIndexOf('?');
  if (end < 0) return null;
  const sentences = turn.slice(0, end + 1).match(/[^.!?]+[.!?]+/g) ?? [];
  const asks = (sentence: string) => sentence.includes('?');
  const first = sentences.findIndex((sentence) => asks(sentence) || sentence.trim().split(/\s+/).length > ACKNOWLEDGEMENT_WORDS);
  const question = sentences.slice(Math.max(0, first)).join('').trim();
  return question.length > 0 ? question : null;
}

/** Who put the questions: the local interviewer (its plan, keyed by the plan's wording) or a model (its own wording). */
export type QuestionSource = 'plan' | 'model';

/**
 * Which question each interviewer turn asked, and the candidate's answer to it. Every question the
 * interviewer put is its own item, in the order asked, answered or not: a bank or plan question
 * (the plan's own, the field's spare ones, the opening), a deeper question after the plan, and the
 * closing "anything to ask me?" ends the last one. Everything else the interviewer says (a follow-up
 * probe, the question again, a reminder, the question in plain words, a reply to a question back)
 * belongs to the question on the table, and so do the candidate's answers after it.
 */
function answeredQuestions(
  plan: BankQuestion[],
  transcript: StoredTurn[],
  language: Language,
  job: { jobTitle: string; jobDescription: string; resumeText?: string },
  source: QuestionSource = 'plan',
): { asked: AskedQuestion[]; answered: AnsweredQuestion[] } {
  // The turns the interviewer heard as asides, read the same way here: never merged into the answer that follows.
  const isAside = asideReader(language, `${job.jobTitle}\n${job.jobDescription}\n${job.resumeText ?? ''}`);
  const foldedPlan = plan.map((q) => foldText(q.text).slice(0, 60));
  const closing = spokenLines[language].lastQuestion;
  const deeper = new Map<string, BankQuestion>();
  const answers = new Map<BankQuestion, string[]>();
  // Remarks off the topic, kept aside: judged only for a question that got nothing else, since what was said instead is the answer.
  const asides = new Map<BankQuestion, string[]>();
  let current: BankQuestion | null = null;
  // A model's own questions, by their wording; and whether the candidate has answered the question on the table.
  const ownQuestions = new Map<string, BankQuestion>();
  let answeredCurrent = false;
  const modelQuestionIn = (turn: string): BankQuestion | undefined => {
    // A question put again after a request to repeat, a clarification or a question back is still the one on the table.
    if (source !== 'model' || (current && !answeredCurrent) || turn.includes(closing)) return undefined;
    const text = questionIn(turn);
    if (!text) return undefined;
    const key = foldText(text);
    if (!ownQuestions.has(key)) ownQuestions.set(key, { id: `asked-${ownQuestions.size + 1}`, competency: 'behavioural', text });
    return ownQuestions.get(key);
  };
  for (const turn of transcript) {
    if (turn.role === 'agent') {
      const folded = foldText(turn.content);
      const fromPlan = plan[foldedPlan.findIndex((q) => folded.includes(q))];
      const further = fromPlan ? null : deeperQuestionIn(turn.content, language);
      if (further && !deeper.has(further.key)) deeper.set(further.key, further.question);
      const asked = fromPlan ?? (further ? deeper.get(further.key) : undefined) ?? modelQuestionIn(turn.content);
      if (asked && asked !== current) answeredCurrent = false;
      if (asked) {
        current = asked;
        if (!answers.has(current)) answers.set(current, []);
      } else if (turn.content.includes(closing)) current = null;
    } else if (current && turn.content.trim()) {
      // A request to repeat, a question back or a thanks is not part of the answer: only answers (and "I don't know") are judged.
      const { act } = readDialogAct(turn.content, language, current.text);
      if (isAside(turn.content, current.text, act)) asides.set(current, [...(asides.get(current) ?? []), turn.content.trim()]);
      else if (answerActs.has(act)) {
        answers.get(current)?.push(turn.content.trim());
        answeredCurrent = true;
      }
    }
  }
  const asked: AskedQuestion[] = [];
  for (const [question, said] of answers) {
    const parts = said.length > 0 ? said : (asides.get(question) ?? []);
    if (parts.length === 0) {
      asked.push({ question });
      continue;
    }
    const answer = parts.join(' ');
    const words = tokenize(foldText(answer)).length;
    const star = starOf(answer, language);
    // The per-answer judgement is reviewAnswer's, calibrated on graded answers.
    const review = reviewAnswer({ question: question.text, ...job, answer, language });
    const score = clamp((review.score - 1) / 4);
    asked.push({
      question,
      answered: { question, answer, words, star, review, score },
    });
  }
  return { asked, answered: asked.flatMap((a) => (a.answered ? [a.answered] : [])) };
}

/** The candidate turns that answer the question on the table: everything else is conversation around it. */
const answerActs = new Set(['answer', 'dont_know']);

/** An answer that counts as one: not empty, not "I don't know", not declined, not about something else. */
const isRealAnswer = (a: AnsweredQuestion) => a.review.kind === 'answer';

/** The verdict a score stands for, one scale for every reviewer: a score and its verdict never disagree. */
/** An answer's score that rounds to a rating of 5. */
const TOP_RATED = 4.5;

export function verdictOf(score: number): Verdict {
  if (score >= 85) return 'strong_hire';
  if (score >= 70) return 'hire';
  if (score >= 55) return 'lean_hire';
  if (score >= 40) return 'lean_no_hire';
  return 'no_hire';
}

/**
 * The highest overall score the answers allow: below "Lean hire" when fewer than half of them
 * were real answers (content decides; delivery or a reviewer's generosity cannot lift it).
 */
export function contentCeiling(reviews: Pick<AnswerReview, 'kind'>[]): number {
  const real = reviews.filter((review) => review.kind === 'answer').length;
  return real * 2 < reviews.length || real === 0 ? NO_HIRE_CEILING : 100;
}

export interface JudgedAnswer {
  question: string;
  answer: string;
  review: AnswerReview;
}

/**
 * Each question asked and the candidate's answer to it, judged by the local reviewer: what any other reviewer is held to.
 * A model interviewer words its own questions: each one it puts after an answer is then its own question.
 */
export function judgedAnswers(
  { field, language, transcript, job = { jobTitle: '', jobDescription: '' } }: RuleBasedInput,
  questionsBy: QuestionSource = 'plan',
): JudgedAnswer[] {
  const plan = planOf(localPlan(field, language, job), field, language);
  return answeredQuestions(plan, transcript, language, job, questionsBy).answered.map((a) => ({
    question: a.question.text,
    answer: a.answer,
    review: a.review,
  }));
}

/** The local interviewer's plan for this job and session: what its transcript asks, and what the review's completeness counts. */
function localPlan(field: FieldId, language: Language, job: NonNullable<RuleBasedInput['job']>) {
  return interviewPlan({
    field,
    language,
    jobTitle: job.jobTitle,
    jobDescription: job.jobDescription,
    resumeText: job.resumeText ?? '',
    ...(job.kind ? { kind: job.kind } : {}),
    ...(job.seniority ? { seniority: job.seniority } : {}),
    ...(job.focus ? { focus: job.focus } : {}),
  });
}

/** The questions a transcript may hold: the opening one, the local interviewer's plan and the bank's, which a model may have asked. */
function planOf(planned: PlannedQuestion[], field: FieldId, language: Language): BankQuestion[] {
  const asked = [...planned.map((p) => p.question), ...questionPlan(field, language)];
  return [openingQuestion(language), ...asked.filter((q, i) => asked.findIndex((o) => o.id === q.id) === i)];
}

/**
 * Local mode's feedback: measured against the question bank's rubric and the speech
 * metrics, in the interview's language, and labelled as rule-based. Pure: the same
 * transcript always gives the same feedback.
 */
export function ruleBasedFeedback({
  field,
  language,
  transcript,
  metrics,
  endReason,
  job = { jobTitle: '', jobDescription: '' },
}: RuleBasedInput): FeedbackContent {
  const lines = feedbackLines[language];
  // The questions the local interviewer asked (its plan from the job and resume), and the bank's, which a model may have asked.
  const planned = localPlan(field, language, job);
  const { asked, answered } = answeredQuestions(planOf(planned, field, language), transcript, language, job);
  const exampleFor = examplesFrom({
    field,
    language,
    jobTitle: job.jobTitle,
    jobDescription: job.jobDescription,
    resumeText: job.resumeText ?? '',
  });
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

  // Communication is also how it was said: fillers and answers too short or too long.
  const shortShare = metrics.answers ? metrics.shortAnswers / metrics.answers : 0;
  const longShare = metrics.answers ? metrics.longAnswers / metrics.answers : 0;
  // Answers of a few words say little however fluently: a report of them all rates communication 2 of 5, not 4.
  const deliveryScore = clamp(1 - clamp(metrics.fillers.perHundredWords / 8) * 0.5 - shortShare * 0.7 - longShare * 0.2);
  // Story structure as the reviewer read it: advice never asks for a part an answer has.
  // Story parts are read off real answers only: a non-answer's "I went to the game" tells no story.
  const storyParts = (list: AnsweredQuestion[]) => {
    const found = new Set(
      list
        .filter(isRealAnswer)
        .flatMap((a) => [
          ...a.star.filter((part) => part === 'task'),
          ...(a.review.structure.situation || a.star.includes('situation') ? (['situation'] as const) : []),
          ...(a.review.structure.action || a.star.includes('action') ? (['action'] as const) : []),
          ...(a.review.structure.result || a.star.includes('result') ? (['result'] as const) : []),
        ]),
    );
    return starParts.filter((part) => found.has(part));
  };
  const allStar = storyParts(answered);

  const ratings = competencies.map((competency: Competency) => {
    const own = answered.filter((a) => a.question.competency === competency);
    const ownScore = mean(own.map((a) => a.score));
    if (competency === 'communication' && metrics.answers > 0) {
      const score = ownScore === null ? deliveryScore : (ownScore + deliveryScore) / 2;
      return {
        competency,
        score,
        rating: ratingOf(score),
        evidence: lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
      };
    }
    if (ownScore === null) return { competency, score: null, rating: null, evidence: lines.notCovered };
    const evidenceOfAnswers = lines.answerEvidence({
      answers: own.length,
      mean: own.reduce((sum, a) => sum + a.review.score, 0) / own.length,
      withFigures: own.filter((a) => a.review.specificity.numbers).length,
      withActions: own.filter((a) => a.review.specificity.ownActions > 0).length,
    });
    if (competency === 'behavioural') {
      // The story parts agree with the rating or are not the evidence: parts shown beside 1/5, or "none described"
      // beside 3/5, would say two things. Otherwise the answers' own facts, as for the other competencies.
      const rating = ratingOf(ownScore);
      const parts = storyParts(own);
      const agrees = parts.length > 0 ? rating >= 3 : rating <= 2;
      const evidence = agrees ? lines.starEvidence(parts.map((p) => lines.starParts[p])) : evidenceOfAnswers;
      return { competency, score: ownScore, rating, evidence };
    }
    return { competency, score: ownScore, rating: ratingOf(ownScore), evidence: evidenceOfAnswers };
  });

  const scored = ratings.map((r) => r.score).filter((s): s is number => s !== null);
  const realAnswers = answered.filter(isRealAnswer);
  // An interview cut short cannot outscore a complete one with answers as good: the share of the plan really answered counts.
  // A short session is counted against what its clock has room for, not the whole plan.
  // A must-have the candidate said they never used is skipped by the interviewer, not a question left unanswered.
  const answers = transcript.filter((turn) => turn.role === 'user').map((turn) => turn.content);
  const plannedLeft = planned.filter(
    (p) => !(ruledOut(p, answers, language) && !asked.some(({ question }) => question.id === p.question.id)),
  ).length;
  const expected = job.lengthMinutes ? Math.min(plannedLeft, mostQuestionsIn(job.lengthMinutes)) : plannedLeft;
  const completeness = Math.min(1, realAnswers.filter((a) => a.question.id !== 'opening').length / Math.max(1, expected));
  const measured = Math.round((mean(scored) ?? 0) * (0.6 + 0.4 * completeness) * 100);
  // Content decides the verdict: when fewer than half the answers were real answers, delivery cannot lift it to a hire.
  const overallScore = Math.min(measured, contentCeiling(answered.map((a) => a.review)));

  const strengths: FeedbackContent['strengths'] = [];
  const improvements: FeedbackContent['improvements'] = [];
  // Most telling first; at most five are kept.
  const [best, secondBest] = [...answered]
    .sort((a, b) => b.score - a.score)
    .filter((a) => isRealAnswer(a) && a.review.score >= 3.5 && a.review.strengths.length > 0);
  const answerStrength = (a: AnsweredQuestion) => {
    const [question, point] = [quoteQuestion(sentenceCase(a.question.text)), a.review.strengths[0]?.text ?? lines.good.answered];
    return {
      point: a === best ? lines.strengths.answer(question, point) : lines.strengths.anotherAnswer(question, point),
      // Words to the reviewer ("rate this 5/5") are never quoted as a strength.
      evidence: `“${shorten(withoutWordsToReviewer(a.answer), 160)}”`,
    };
  };
  if (best) strengths.push(answerStrength(best));
  // The same facts as the behavioural rating: a story the reviewer scored as one, with every part.
  const fullStory = answered.find(
    (a) => isRealAnswer(a) && a.review.score >= 3 && a.star.includes('situation') && a.star.includes('action') && a.star.includes('result'),
  );
  if (fullStory) strengths.push({ point: lines.strengths.star, evidence: lines.evidenceAt(quoteQuestion(fullStory.question.text)) });
  // How the candidate spoke is one strength: each measure said once, the measured figures once as its evidence
  // (three strengths had shown the same figures line).
  const pace = metrics.wordsPerMinute;
  const spoken = [
    pace !== null && pace >= COMFORTABLE_PACE.min && pace <= COMFORTABLE_PACE.max ? lines.strengths.pace(pace) : null,
    metrics.candidateWords >= 50 && metrics.fillers.perHundredWords <= FEW_FILLERS
      ? lines.strengths.fewFillers(metrics.fillers.perHundredWords)
      : null,
    metrics.answers >= 2 &&
    metrics.averageAnswerWords >= 40 &&
    metrics.averageAnswerWords <= LONG_ANSWER_WORDS &&
    metrics.longAnswers === 0 &&
    metrics.shortAnswers === 0
      ? lines.strengths.length(metrics.averageAnswerWords)
      : null,
  ].filter((point) => point !== null);
  if (spoken.length > 0)
    strengths.push({
      point: spoken.join(' '),
      evidence: lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
    });
  // An answer is quoted once among the strengths: the best answer's figures are pointed to, not quoted again.
  // The figures the reviewer read, the same reading the answer's own note gives: "110 percent" and the question's "six months" are none.
  const withNumbers = answered.find((a) => a.review.specificity.numbers && isRealAnswer(a) && a.review.score >= 3);
  if (withNumbers) {
    strengths.push({
      point: lines.strengths.specific,
      evidence:
        withNumbers === best
          ? lines.evidenceAt(quoteQuestion(withNumbers.question.text))
          : `“${shorten(withoutWordsToReviewer(withNumbers.answer), 160)}”`,
    });
  }
  if (secondBest && secondBest !== withNumbers) strengths.push(answerStrength(secondBest));

  // An answer quoted as a strength is not quoted again as one of the weakest: the report would say both of it.
  const quotedAsStrength = new Set([best, secondBest, withNumbers]);
  const weakest = [...answered]
    .sort((a, b) => a.score - b.score)
    .filter((a) => a.score < 0.6 && !quotedAsStrength.has(a))
    .slice(0, 2);
  for (const weak of weakest) {
    improvements.push({
      point: `${lines.improvements.answer(quoteQuestion(sentenceCase(weak.question.text)))} ${weak.review.improvements[0]?.text ?? lines.stronger[weak.question.competency]}`,
      evidence: `“${shorten(weak.answer, 160)}”`,
    });
  }
  const behaviouralAnswers = answered.filter((a) => a.question.competency === 'behavioural');
  // The task is often implied by the situation; only a missing situation, action or result is worth a line.
  const missingStar = starParts.filter((p) => p !== 'task' && !allStar.includes(p));
  const firstBehavioural = behaviouralAnswers[0];
  if (firstBehavioural && missingStar.length) {
    improvements.push({
      point: lines.improvements.star(missingStar.map((p) => lines.starParts[p])),
      evidence: lines.evidenceAt(quoteQuestion(firstBehavioural.question.text)),
    });
  }
  if (metrics.fillers.perHundredWords > MANY_FILLERS) {
    const top = metrics.fillers.top.slice(0, 3).map((f) => f.phrase);
    improvements.push({
      point: lines.improvements.fillers(metrics.fillers.perHundredWords, top),
      evidence: lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
    });
  }
  if (metrics.shortAnswers > 0) {
    // A short answer not quoted yet: never one quoted as a strength, and one of the weakest only when no other is short.
    const short = answered.filter((a) => a.words < SHORT_ANSWER_WORDS && !quotedAsStrength.has(a));
    const example = short.find((a) => !weakest.includes(a)) ?? short[0];
    improvements.push({
      point: lines.improvements.short(metrics.shortAnswers),
      evidence: example
        ? `“${shorten(example.answer, 160)}”`
        : lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
    });
  }
  if (metrics.longAnswers > 0) {
    const example = answered.find((a) => a.words > LONG_ANSWER_WORDS);
    improvements.push({
      point: lines.improvements.long(metrics.longAnswers),
      evidence: example
        ? lines.evidenceAt(quoteQuestion(example.question.text))
        : lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
    });
  }
  if (pace !== null && (pace < COMFORTABLE_PACE.min || pace > COMFORTABLE_PACE.max)) {
    improvements.push({
      point: lines.improvements.pace(pace, pace > COMFORTABLE_PACE.max),
      evidence: lines.improvements.pace(pace, pace > COMFORTABLE_PACE.max),
    });
  }
  const firstAnswered = answered[0];
  if (firstAnswered && !withNumbers) {
    improvements.push({ point: lines.improvements.numbers, evidence: lines.evidenceAt(quoteQuestion(firstAnswered.question.text)) });
  }
  // The schema wants at least one of each; a bare interview still gets the measured advice.
  // The schema wants at least one strength; with no real answer, the honest one is having practised.
  if (strengths.length === 0)
    strengths.push({
      point: realAnswers.length > 0 ? lines.good.answered : lines.good.practised,
      evidence: lines.communicationEvidence(metrics.fillers.perHundredWords, metrics.averageAnswerWords),
    });
  if (improvements.length === 0)
    improvements.push({ point: lines.stronger.behavioural, evidence: lines.starEvidence(allStar.map((p) => lines.starParts[p])) });

  const early = endReason && endReason in lines.endedEarly ? lines.endedEarly[endReason as keyof typeof lines.endedEarly] : null;
  const summary = [lines.summary({ score: overallScore, answered: realAnswers.length, asked: asked.length }), early]
    .filter(Boolean)
    .join(' ');

  return {
    overallScore,
    verdict: verdictOf(overallScore),
    summary,
    ratings: ratings.map(({ competency, rating, evidence }) => ({ competency, rating, evidence })),
    strengths: strengths.slice(0, 5),
    improvements: improvements.slice(0, 5),
    // Every question asked, in order; one that got no answer is said to have none, with what an answer would need.
    questions: asked.slice(0, MAX_REVIEWED_QUESTIONS).map(({ question, answered: a }) => {
      const example = exampleFor(question)?.answer;
      if (!a)
        return {
          question: sentenceCase(question.text),
          good: lines.good.notAnswered,
          stronger: lines.stronger[question.competency],
          ...(example ? { example } : {}),
        };
      // A weak answer's one redeeming detail is not a strength worth a line of its own.
      const strength = a.review.score >= 2.5 ? a.review.strengths[0] : undefined;
      const improvement = a.review.improvements[0];
      return {
        question: sentenceCase(a.question.text),
        rating: Math.round(a.review.score),
        good: strength ? (strength.quote ? `${strength.text} “${shorten(strength.quote, 140)}”` : strength.text) : lines.good.nothing,
        // Nothing to improve on an answer rated 5: the competency's tip ("Use STAR…") would tell it to do what it did.
        stronger: improvement?.text ?? (a.review.score >= TOP_RATED ? lines.strongAlready : lines.stronger[a.question.competency]),
        ...(example ? { example } : {}),
      };
    }),
  };
}
