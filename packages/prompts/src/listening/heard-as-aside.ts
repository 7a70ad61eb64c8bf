import type { Language } from '@voxly/config';
import { documentStems, readAnswer } from './answer-reading.ts';
import type { DialogAct } from './dialog-act-kinds.ts';

/**
 * The turns the interviewer hears as an aside rather than an answer ("it's pouring here, my
 * laundry is out"): a remark the dialog-act step calls off the topic, or an answer whose words
 * touch nothing of the question, the job or work. The interviewer acknowledges them and
 * returns; the review reads the same turns the same way, so an aside is never merged into the
 * answer that follows it. Built once per interview (the documents' stems); pure.
 */
export function asideReader(language: Language, documents: string): (turn: string, question: string, act: DialogAct) => boolean {
  const stems = documentStems(documents, language);
  // The turn's act is the caller's reading (`readDialogAct`), not read a second time here.
  return (turn, question, act) => {
    if (act === 'off_topic') return true;
    return act === 'answer' && readAnswer(turn, { language, question, documentStems: stems }).kind === 'off_topic';
  };
}
