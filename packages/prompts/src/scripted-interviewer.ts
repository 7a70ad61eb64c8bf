import { openingQuestion } from './begin-message.ts';
import type { TranscriptTurn } from './congruency-prompt.ts';
import { stemWord } from './field-detection/stem-word.ts';
import { functionWords, guessLanguage } from './field-detection/text-language.ts';
import { foldText, tokenize } from './fold-text.ts';
import type { InterviewerBrief } from './interviewer-prompt.ts';
import { documentStems, readAnswer } from './listening/answer-reading.ts';
import { groundingTerms } from './listening/grounding.ts';
import { keptQuestions, paceDecision, unhurriedPace, type InterviewPace } from './listening/pacing.ts';
import { questionPlan, type BankQuestion } from './question-bank.ts';
import { spokenLines, type SpokenLines } from './spoken-lines.ts';

/** Fewer words than this is "too short to judge": ask once for a concrete example. */
export const SHORT_ANSWER_WORDS = 12;

export interface ScriptedTurn {
  text: string;
  /** True when the script has nothing left to ask: the engine ends the call after this line. */
  final: boolean;
}

type Brief = Pick<InterviewerBrief, 'field' | 'language' | 'jobTitle' | 'jobDescription' | 'resumeText'>;

interface PlannedQuestion {
  question: BankQuestion;
  line: string;
  /** What is kept when time runs short: a question about the documents, and the behavioural story. */
  weight: number;
}

interface BriefReading {
  plan: PlannedQuestion[];
  documentStems: ReadonlySet<string>;
}

/**
 * What a brief gives the script, worked out once per brief object (the engine passes the
 * same brief on every turn of a call), so a turn does not re-read the documents.
 */
const readings = new WeakMap<Brief, BriefReading>();

function readBrief(brief: Brief, lines: SpokenLines): BriefReading {
  const known = readings.get(brief);
  if (known) return known;
  const reading = {
    plan: groundedPlan(brief, lines),
    documentStems: documentStems(`${brief.jobTitle}\n${brief.jobDescription}\n${brief.resumeText}`, brief.language),
  };
  readings.set(brief, reading);
  return reading;
}

/** Each bank question with, where the documents allow, an example asked from the job or the resume. */
function groundedPlan(brief: Brief, lines: SpokenLines): PlannedQuestion[] {
  const terms = groundingTerms(brief);
  return questionPlan(brief.field, brief.language).map((question, index) => {
    const grounding = terms[index];
    const weight = 1 + (grounding ? 1 : 0) + (question.competency === 'behavioural' ? 1 : 0);
    if (!grounding) return { question, line: question.text, weight };
    const suffix = grounding.onResume ? lines.groundInResume(grounding.term) : lines.groundInRole(grounding.term);
    return { question, line: `${question.text} ${suffix}`, weight };
  });
}

/** How many reminders in a row the interviewer has said to silence, just now. */
function silentReminders(transcript: TranscriptTurn[], reminder: string): number {
  let count = 0;
  for (let i = transcript.length - 1; i >= 0; i -= 1) {
    const turn = transcript[i];
    if (turn?.role === 'user' && !turn.content.trim()) continue;
    if (turn?.role !== 'agent' || turn.content.trim() !== reminder) break;
    count += 1;
  }
  return count;
}

/** The job description's sentence that best answers the candidate's question, if any shares its words. */
function excerptFor(question: string, jobDescription: string): string | undefined {
  const language = guessLanguage(jobDescription);
  const stops = functionWords[language];
  const stems = (text: string) =>
    new Set(
      tokenize(foldText(text))
        .filter((t) => t.length > 2 && !stops.has(t))
        .map((t) => stemWord(t, language)),
    );
  const asked = stems(question);
  let best: { sentence: string; shared: number } | undefined;
  for (const sentence of jobDescription.split(/(?<=[.!?])\s+|\n+/)) {
    const shared = [...stems(sentence)].filter((stem) => asked.has(stem)).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { sentence: sentence.trim(), shared };
  }
  if (!best) return undefined;
  return best.sentence.length > 220 ? `${best.sentence.slice(0, 217).trimEnd()}…` : best.sentence;
}

/**
 * The local interviewer: the field's question plan grounded in the job's must-haves and
 * the resume, read answers (a follow-up on a thin one that refers to what was said; "I
 * don't know" reassured and moved past; an off-topic answer redirected; a question back
 * answered from the job description or honestly deferred; another language noted), and a
 * closing when the plan is done. It paces itself to the clock: when the plan no longer fits
 * the time left it stops following up and keeps the questions that matter most, and it
 * always leaves time for the candidate's own question. It keeps no state of its own:
 * everything it needs is read back from the transcript and the clock, so a reconnect or a
 * restart resumes where it was.
 */
export function scriptedInterviewerTurn(
  brief: Brief,
  transcript: TranscriptTurn[],
  kind: 'turn' | 'reminder',
  pace: InterviewPace = unhurriedPace,
): ScriptedTurn {
  const lines = spokenLines[brief.language];
  const { plan, documentStems: stems } = readBrief(brief, lines);
  const agentTurns = transcript.filter((t) => t.role === 'agent').map((t) => t.content);
  const lastAgentIndex = transcript.map((t) => t.role).lastIndexOf('agent');
  const lastAgent = agentTurns.at(-1) ?? '';
  const answer = transcript
    .slice(lastAgentIndex + 1)
    .filter((t) => t.role === 'user')
    .map((t) => t.content)
    .join(' ');
  const remaining = plan.filter(({ question }) => !agentTurns.some((turn) => turn.includes(question.text)));
  const asked = plan.length - remaining.length;
  const paced = paceDecision(pace, asked + 1, remaining.length);
  // The question on the table: the last plan question asked, even if a follow-up came after it.
  const lastAsked = [...agentTurns].reverse().find((turn) => plan.some(({ question }) => turn.includes(question.text)));
  const planned = lastAsked === undefined ? undefined : plan.find(({ question }) => lastAsked.includes(question.text));
  // Before the plan starts, the question on the table is the opening one.
  const opening = openingQuestion(brief.language);
  const current = planned ?? { question: opening, line: opening.text.charAt(0).toLocaleUpperCase() + opening.text.slice(1) };
  const reading = readAnswer(answer, {
    language: brief.language,
    question: current.question.text,
    documentStems: stems,
  });
  const atLastQuestion = lastAgent.includes(lines.lastQuestion);

  if (kind === 'reminder' || reading.kind === 'empty') {
    // Silence: offer to repeat, twice; then a question that may suit them better.
    if (silentReminders(transcript, lines.reminder) < 2) return { text: lines.reminder, final: false };
    if (atLastQuestion) return { text: lines.closingAfterLastQuestion, final: true };
    return next(lines.moveOnAfterSilence);
  }
  if (reading.kind === 'question') {
    const excerpt = excerptFor(answer, brief.jobDescription);
    const reply = excerpt ? lines.answerFromJob(excerpt) : lines.deferQuestion;
    if (atLastQuestion) return { text: `${reply} ${lines.closingAfterLastQuestion}`, final: true };
    return { text: `${reply} ${lines.backToQuestion} ${current.line}`, final: false };
  }
  if (atLastQuestion) return { text: lines.closingAfterLastQuestion, final: true };
  // Each of these is said once per question; a second time, the interview moves on.
  const saidAlready = (line: string) => lastAgent.includes(line);
  if (reading.kind === 'other_language' && !saidAlready(lines.otherLanguage)) {
    return { text: `${lines.otherLanguage} ${current.line}`, final: false };
  }
  if (reading.kind === 'off_topic' && !saidAlready(lines.redirect)) return { text: `${lines.redirect} ${current.line}`, final: false };
  if (reading.kind === 'dont_know') return next(lines.dontKnow);
  if (reading.kind === 'thin' && paced.followUps && lastAgentIndex >= 0 && !lastAgent.includes(lines.followUpMarker)) {
    return { text: reading.mentioned ? lines.followUpOn(reading.mentioned) : lines.followUp, final: false };
  }
  return next(lines.acknowledgements[asked % lines.acknowledgements.length] ?? '');

  function next(lead: string): ScriptedTurn {
    const [upcoming] = keptQuestions(remaining, paced.questionsThatFit);
    if (!upcoming) return { text: `${lead} ${lines.lastQuestion}`.trim(), final: false };
    return { text: `${lead} ${upcoming.line}`.trim(), final: false };
  }
}
