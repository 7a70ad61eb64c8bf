import { readFileSync } from 'node:fs';
import type { Language } from '@voxly/config';
import { splitOf, type Split } from './corpus-split.ts';
import { corpusLanguages, interviewLanguageOf, type CorpusLanguage } from './job-post-corpus.ts';

export interface GradedAnswer {
  language: CorpusLanguage;
  interviewLanguage: Language;
  questionId: string;
  question: string;
  jobTitle: string;
  answer: string;
  grade: number;
  reason: string;
  split: Split;
}

/** The graded answers of the three languages, each on one side of the split by its own text. */
export function gradedAnswerCorpus(directory = new URL('.', import.meta.url)): GradedAnswer[] {
  const answers: GradedAnswer[] = [];
  for (const language of corpusLanguages) {
    let question = { id: '', jobTitle: '', text: '' };
    for (const line of readFileSync(new URL(`graded-answers.${language}.txt`, directory), 'utf8').split('\n')) {
      const q = /^Q (\S+) \| (.+?) \| (.+)$/.exec(line);
      if (q) {
        question = { id: q[1] ?? '', jobTitle: q[2] ?? '', text: q[3] ?? '' };
        continue;
      }
      const a = /^([1-5]) \| (.+?) \|\| (.+)$/.exec(line);
      if (!a) continue;
      const answer = a[2] ?? '';
      answers.push({
        language,
        interviewLanguage: interviewLanguageOf[language],
        questionId: question.id,
        question: question.text,
        jobTitle: question.jobTitle,
        answer,
        grade: Number(a[1]),
        reason: a[3] ?? '',
        split: splitOf(answer),
      });
    }
  }
  return answers;
}

function ranks(values: number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j += 1;
    for (let k = i; k <= j; k += 1) result[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return result;
}

/** Spearman's rank correlation, ties averaged. */
export function spearman(xs: number[], ys: number[]): number {
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < rx.length; i += 1) {
    const a = (rx[i] ?? 0) - mx;
    const b = (ry[i] ?? 0) - my;
    num += a * b;
    dx += a * a;
    dy += b * b;
  }
  return dx === 0 || dy === 0 ? 0 : num / Math.sqrt(dx * dy);
}
