import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';
import { gradedAnswerCorpus, spearman, type GradedAnswer } from './graded-answer-corpus.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

export interface ReviewerScore {
  answers: number;
  spearman: number;
  meanByGrade: Record<number, number>;
}

/** The reviewer's scores against the graded answers of one side, per language and overall. */
export function evaluateReviewer(
  side: 'train' | 'heldOut',
  answers: GradedAnswer[] = gradedAnswerCorpus(),
): Record<CorpusLanguage | 'all', ReviewerScore> {
  const mine = answers.filter((a) => a.split === side);
  const scored = mine.map((a) => ({
    a,
    score: reviewAnswer({ question: a.question, jobTitle: a.jobTitle, jobDescription: '', answer: a.answer, language: a.interviewLanguage })
      .score,
  }));
  const summarise = (list: typeof scored): ReviewerScore => {
    const meanByGrade: Record<number, number> = {};
    for (let grade = 1; grade <= 5; grade += 1) {
      const of = list.filter((s) => s.a.grade === grade);
      meanByGrade[grade] = of.length ? Math.round((of.reduce((sum, s) => sum + s.score, 0) / of.length) * 100) / 100 : Number.NaN;
    }
    return {
      answers: list.length,
      spearman: spearman(
        list.map((s) => s.score),
        list.map((s) => s.a.grade),
      ),
      meanByGrade,
    };
  };
  return {
    all: summarise(scored),
    en: summarise(scored.filter((s) => s.a.language === 'en')),
    es: summarise(scored.filter((s) => s.a.language === 'es')),
    pt: summarise(scored.filter((s) => s.a.language === 'pt')),
  };
}

/**
 * Reviews that contradict their answer: an improvement asking for what the answer has (a
 * figure, a result, own actions), a strength naming what it lacks, a quote that is not
 * the candidate's words, or the same line twice.
 */
export function reviewContradictions(answers: GradedAnswer[] = gradedAnswerCorpus()): { answer: string; problem: string }[] {
  const findings: { answer: string; problem: string }[] = [];
  for (const a of answers) {
    const review = reviewAnswer({
      question: a.question,
      jobTitle: a.jobTitle,
      jobDescription: '',
      answer: a.answer,
      language: a.interviewLanguage,
    });
    const lines = reviewLines[a.interviewLanguage];
    const improvements = new Set(review.improvements.map((p) => p.text));
    const strengths = new Set(review.strengths.map((p) => p.text));
    const flag = (problem: string) => findings.push({ answer: a.answer, problem });
    if (improvements.has(lines.improvements.numbers) && review.specificity.numbers) flag('asks for a figure the answer gives');
    if (improvements.has(lines.improvements.result) && review.structure.result) flag('asks for a result the answer states');
    if (improvements.has(lines.improvements.ownActions) && review.specificity.ownActions > 0) flag('asks for own actions the answer names');
    if (strengths.has(lines.strengths.numbers) && !review.specificity.numbers) flag('praises a figure that is not there');
    if (strengths.has(lines.strengths.result) && !review.structure.result) flag('praises a result that is not there');
    if (review.kind !== 'answer' && review.strengths.length > 0) flag('praises a non-answer');
    for (const point of review.strengths)
      if (point.quote && !a.answer.includes(point.quote.replace(/…$/, ''))) flag('quotes words the candidate did not say');
    const texts = [...review.strengths, ...review.improvements].map((p) => p.text);
    if (new Set(texts).size !== texts.length) flag('says the same line twice');
  }
  return findings;
}
