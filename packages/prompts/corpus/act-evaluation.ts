import type { Language } from '@voxly/config';
import { documentStems, readAnswer } from '../src/listening/answer-reading.ts';
import { readDialogAct, type DialogActReading } from '../src/listening/dialog-act.ts';
import { labelledActs, type LabelledAct } from './independent-sets.ts';
import type { CorpusLanguage } from './job-post-corpus.ts';

export interface LabelledUtterance {
  language: CorpusLanguage;
  interviewLanguage: Language;
  jobTitle: string;
  question: string;
  utterance: string;
  act: LabelledAct;
}

/**
 * What the scripted interviewer takes a turn for, in the writers' labels: the dialog act,
 * and for an answer what its reading tells (another language, off the topic, not knowing).
 */
/** How a turn's act is read: the product's reader, or a candidate one while training it. */
export type ActReader = (utterance: string, language: Language, question: string) => Pick<DialogActReading, 'act'>;

export function actTaken(
  u: Pick<LabelledUtterance, 'interviewLanguage' | 'jobTitle' | 'question' | 'utterance'>,
  read: ActReader = readDialogAct,
): LabelledAct {
  const { act } = read(u.utterance, u.interviewLanguage, u.question);
  if (act !== 'answer' && act !== 'empty') return act;
  const reading = readAnswer(u.utterance, {
    language: u.interviewLanguage,
    question: u.question,
    documentStems: documentStems(`${u.jobTitle}\n${u.question}`, u.interviewLanguage),
  });
  if (reading.kind === 'other_language') return 'wrong_language';
  if (reading.kind === 'off_topic') return 'off_topic';
  if (reading.kind === 'dont_know') return 'dont_know';
  return 'answer';
}

export interface ActScore {
  /** Per labelled act: how many there were, how many were taken for it (recall), and how many turns were taken for it wrongly. */
  perAct: Record<LabelledAct, { labelled: number; recognised: number; falselyTaken: number }>;
  /** Turns that were answers but got a reaction meant for something else: the costly mistake. */
  answersMisread: number;
  confusions: { language: CorpusLanguage; expected: LabelledAct; taken: LabelledAct; utterance: string }[];
}

export function scoreActs(utterances: LabelledUtterance[], read: ActReader = readDialogAct): ActScore {
  const perAct = Object.fromEntries(
    labelledActs.map((act) => [act, { labelled: 0, recognised: 0, falselyTaken: 0 }]),
  ) as ActScore['perAct'];
  const confusions: ActScore['confusions'] = [];
  for (const u of utterances) {
    const taken = actTaken(u, read);
    perAct[u.act].labelled += 1;
    if (taken === u.act) perAct[u.act].recognised += 1;
    else {
      perAct[taken].falselyTaken += 1;
      confusions.push({ language: u.language, expected: u.act, taken, utterance: u.utterance });
    }
  }
  return { perAct, answersMisread: confusions.filter((c) => c.expected === 'answer').length, confusions };
}
