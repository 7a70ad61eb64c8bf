import type { Language } from '@voxly/config';
import { hasFigure, namedThings, ownActions, textLanguageOf } from '../answers/answer-vocabulary.ts';
import { foldText } from '../fold-text.ts';
import type { TranscriptTurn } from '../prompt-types.ts';
import { answerHook } from './answer-hook.ts';
import { readDialogAct } from './dialog-act.ts';

/*
 * What the interviewer asks once its plan is done and the clock still has time paid for:
 * first it goes back to the candidate's richest earlier answers (each at most once, each
 * time with a different deeper question, naming what they said), then it asks the field's
 * questions the plan left out. Nothing is said twice; when both run out, the wrap-up comes.
 * Stateless like the rest of the script: what was revisited is read back from the transcript.
 */

/** How much an answer carries to go deeper on: named things, figures, own actions. */
function richness(answer: string, language: Language): number {
  const lang = textLanguageOf[language];
  return namedThings(answer).length + 2 * Number(hasFigure(answer, foldText(answer), lang)) + ownActions(answer, lang).length;
}

/** The candidate's answers in order: every user turn that is an answer, joined across a pause. */
function answersOf(transcript: TranscriptTurn[], language: Language): string[] {
  const answers: string[] = [];
  let current = '';
  for (const turn of transcript) {
    if (turn.role === 'agent') {
      if (current.trim()) answers.push(current.trim());
      current = '';
    } else current += ` ${turn.content}`;
  }
  if (current.trim()) answers.push(current.trim());
  return answers.filter((answer) => readDialogAct(answer, language).act === 'answer');
}

export interface DeeperInput {
  language: Language;
  transcript: TranscriptTurn[];
  /** The interviewer's lines for revisiting an answer (spoken-lines.ts), in the interview's language. */
  lines: {
    revisit(term: string, n: number): string;
    revisitClause(clause: string, n: number): string;
    secondPerson: ((clause: string) => string) | null;
    deeperQuestions: readonly string[];
    /** Every wording a revisit's lead may take, by index. */
    revisitWordings: readonly number[];
  };
  /** The field's questions the plan did not ask, in bank order. */
  spareQuestions: readonly string[];
  /** Whether a named thing is one the job or resume also mentions (a follow-up names only those). */
  isKnownTerm: (term: string) => boolean;
}

/** The next line to go deeper with, or none when everything worth asking has been asked. Pure. */
export function deeperLine({ language, transcript, lines, spareQuestions, isKnownTerm }: DeeperInput): string | undefined {
  const agentText = transcript
    .filter((turn) => turn.role === 'agent')
    .map((turn) => turn.content)
    .join('\n');
  const said = (line: string) => agentText.includes(line);
  const question = lines.deeperQuestions.find((line) => !said(line));
  if (question) {
    const candidates = answersOf(transcript, language)
      .map((answer) => ({ answer, weight: richness(answer, language) }))
      .filter(({ weight }) => weight >= 2)
      .sort((a, b) => b.weight - a.weight);
    // Each revisit asks one deeper question: how many were asked is how many revisits came before, said in other words.
    const revisits = lines.deeperQuestions.filter((line) => said(line)).length;
    for (const { answer } of candidates) {
      const hook = answerHook(answer, language, isKnownTerm);
      if (!hook) continue;
      const leadFor = (n: number) =>
        hook.kind === 'named'
          ? lines.revisit(hook.term, n)
          : lines.revisitClause(lines.secondPerson ? lines.secondPerson(hook.clause) : hook.clause, n);
      // An answer is gone back to once, in whichever words it was.
      if (!lines.revisitWordings.some((n) => said(leadFor(n)))) return `${leadFor(revisits)} ${question}`;
    }
  }
  return spareQuestions.find((line) => !said(line));
}
