import { contentStems, textLanguageOf } from './answers/answer-vocabulary.ts';
import { openingQuestion } from './begin-message.ts';
import type { TranscriptTurn } from './congruency-prompt.ts';
import { foldText, tokenize } from './fold-text.ts';
import { interviewPlan, isCredentialQuestion, type PlannedQuestion } from './interview-plan.ts';
import type { InterviewerBrief } from './interviewer-prompt.ts';
import { answerHook } from './listening/answer-hook.ts';
import { documentStems, readAnswer } from './listening/answer-reading.ts';
import { ruledOut } from './listening/denied-experience.ts';
import { foldedTurn, readDialogAct } from './listening/dialog-act.ts';
import { deeperLine } from './listening/going-deeper.ts';
import { isLeaving } from './listening/leaving.ts';
import { keptQuestions, paceDecision, timeToSpare, unhurriedPace, type InterviewPace } from './listening/pacing.ts';
import { questionAfterAnswer } from './listening/question-after-answer.ts';
import { quotedPhrase } from './listening/quoted-phrase.ts';
import { postingSentenceFor } from './listening/role-answer.ts';
import type { RoleTopic } from './listening/role-topics.ts';
import { opensWithGap } from './listening/told-gap.ts';
import { questionPlan } from './question-bank.ts';
import { sentenceCase } from './sentence-case.ts';
import { revisitWordings, spokenLines } from './spoken-lines.ts';

export interface ScriptedTurn {
  text: string;
  /** True when the script has nothing left to ask: the engine ends the call after this line. */
  final: boolean;
  /** Why a final line ends the call when it is not the plan's end: the candidate said they must go. */
  endReason?: 'candidate_ended';
}

type Brief = Pick<
  InterviewerBrief,
  'field' | 'language' | 'jobTitle' | 'jobDescription' | 'resumeText' | 'kind' | 'seniority' | 'focus' | 'mode'
>;

interface BriefReading {
  plan: PlannedQuestion[];
  /** The field's questions the plan leaves out: asked only with time to spare. */
  spareQuestions: string[];
  /** The field's problem-solving question, when a must-have holds its place in the plan: asked if that must-have is ruled out. */
  solvingStandIn?: PlannedQuestion;
  documentStems: ReadonlySet<string>;
  /** The words of the candidate's own name (the resume's first line, when it is a name): never a thing to ask about. */
  ownerName: ReadonlySet<string>;
}

/** The resume's first line when it is only a name ("João Pereira", "Maria Alvarez"), as folded words. */
function ownerNameOf(resumeText: string): ReadonlySet<string> {
  const first =
    resumeText
      .split(/\n/)
      .find((line) => line.trim())
      ?.trim() ?? '';
  const words = first.split(/\s+/);
  const aName = words.length <= 4 && words.every((word) => /^\p{Lu}[\p{L}'.-]*$/u.test(word));
  return new Set(aName ? tokenize(foldText(first)) : []);
}

/**
 * What a brief gives the script, worked out once per brief object (the engine passes the
 * same brief on every turn of a call), so a turn does not re-read the documents.
 */
const readings = new WeakMap<Brief, BriefReading>();

function readBrief(brief: Brief): BriefReading {
  const known = readings.get(brief);
  if (known) return known;
  const plan = interviewPlan(brief);
  const bankSolving = questionPlan(brief.field, brief.language).find((question) => question.competency === 'problem_solving');
  const solvingInPlan = plan.some(({ question }) => question.id === bankSolving?.id);
  const reading = {
    plan,
    ...(bankSolving && !solvingInPlan ? { solvingStandIn: { question: bankSolving, line: bankSolving.text, weight: 1 } } : {}),
    spareQuestions: questionPlan(brief.field, brief.language)
      .filter((question) => !plan.some((planned) => planned.question.id === question.id))
      .map((question) => question.text),
    documentStems: documentStems(`${brief.jobTitle}\n${brief.jobDescription}\n${brief.resumeText}`, brief.language),
    ownerName: ownerNameOf(brief.resumeText),
  };
  readings.set(brief, reading);
  return reading;
}

/** How many reminders in a row the interviewer has said to silence, just now. */
function silentReminders(transcript: TranscriptTurn[], reminders: readonly string[]): number {
  let count = 0;
  for (let i = transcript.length - 1; i >= 0; i -= 1) {
    const turn = transcript[i];
    if (turn?.role === 'user' && !turn.content.trim()) continue;
    if (turn?.role !== 'agent' || !reminders.includes(turn.content.trim())) break;
    count += 1;
  }
  return count;
}

/**
 * The local interviewer: the field's question plan grounded in the job's must-haves and
 * the resume, and a dialog-act step before any reply (`readDialogAct`): a request to repeat
 * gets the question again, "what do you mean?" gets it in plain words, a question about the
 * role is answered only from what the posting says on that topic, "I don't know" is
 * reassured and moved past, a goodbye mid-interview is thanked and the interview goes on.
 * Only an answer is listened to as one (a follow-up on a thin one that names what was said;
 * an off-topic remark acknowledged once; another language noted). No sentence is said
 * twice in an interview, except the question when the candidate asks for it again. It paces
 * itself to the clock: when the plan no longer fits the time left it stops following up and
 * keeps the questions that matter most, and it always leaves time for the candidate's own
 * question. It keeps no state of its own: everything it needs is read back from the
 * transcript and the clock, so a reconnect or a restart resumes where it was.
 */
export function scriptedInterviewerTurn(
  brief: Brief,
  transcript: TranscriptTurn[],
  kind: 'turn' | 'reminder',
  pace: InterviewPace = unhurriedPace,
): ScriptedTurn {
  const lines = spokenLines[brief.language];
  const { plan, spareQuestions, solvingStandIn, documentStems: stems, ownerName } = readBrief(brief);
  const agentTurns = transcript.filter((t) => t.role === 'agent').map((t) => t.content);
  const lastAgentIndex = transcript.map((t) => t.role).lastIndexOf('agent');
  const lastAgent = agentTurns.at(-1) ?? '';
  const said = (line: string) => agentTurns.some((turn) => turn.includes(line));
  /** The first of the lines not yet said in this interview; none left, nothing. */
  const fresh = (options: readonly string[]) => options.find((line) => !said(line)) ?? '';
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
  // Before the plan starts, the question on the table is the opening one; after it, a deeper or spare question may be.
  const opening = openingQuestion(brief.language);
  const extras = [...lines.deeperQuestions, ...spareQuestions];
  const lastPlanTurn = agentTurns.findLastIndex((turn) => plan.some(({ question }) => turn.includes(question.text)));
  const lastExtraTurn = agentTurns.findLastIndex((turn) => extras.some((line) => turn.includes(line)));
  const extra = lastExtraTurn > lastPlanTurn ? extras.find((line) => agentTurns[lastExtraTurn]?.includes(line)) : undefined;
  const current = extra
    ? { question: { id: 'deeper', competency: 'behavioural' as const, text: extra }, line: extra }
    : (planned ?? { question: opening, line: sentenceCase(opening.text) });
  const atLastQuestion = lastAgent.includes(lines.lastQuestion) || lastAgent.includes(lines.clarifyLastQuestion);
  const act = readDialogAct(answer, brief.language, lastAgent);
  // A named thing the job or resume also mentions, and not the candidate's own name ("Sou o João…").
  const knownTerm = (term: string) =>
    !tokenize(foldText(term)).every((word) => ownerName.has(word)) &&
    contentStems(term, textLanguageOf[brief.language]).some((stem) => stems.has(stem));
  // An answer that ends by asking about the role gets that question answered, briefly, before the interview goes on.
  const askedBack = act.act === 'answer' ? questionAfterAnswer(answer) : undefined;
  const answered = askedBack ? roleReply(askedBack.sentence, askedBack.topics) : '';

  if (kind === 'reminder' || act.act === 'empty') {
    // Silence: offer to repeat, twice, in words not said yet; then a question that may suit them better.
    const silent = silentReminders(transcript, lines.reminders);
    if (silent < 2) return { text: fresh(lines.reminders) || (lines.reminders[silent] ?? lines.reminders[0]), final: false };
    if (atLastQuestion) return { text: lines.closingAfterLastQuestion, final: true };
    return next(lines.moveOnAfterSilence);
  }
  if (act.act === 'repeat_request') {
    const lead =
      lines.repeatLeads[agentTurns.filter((turn) => lines.repeatLeads.some((l) => turn.startsWith(l))).length % lines.repeatLeads.length];
    if (atLastQuestion) return { text: `${lead ?? ''} ${lines.lastQuestion}`.trim(), final: false };
    // After a follow-up on the answer, the question on the candidate's mind is the follow-up: that is what is said again.
    const followedUp = !lastAgent.includes(current.line) && lines.probes.some((probe) => lastAgent.includes(probe));
    return { text: `${lead ?? ''} ${followedUp ? lastAgent : current.line}`.trim(), final: false };
  }
  if (act.act === 'clarification_request') {
    // The last question in plain words once; asked again, the question itself.
    if (atLastQuestion)
      return lastAgent.includes(lines.clarifyLastQuestion)
        ? { text: `${lines.repeatLeads[0] ?? ''} ${lines.lastQuestion}`.trim(), final: false }
        : { text: lines.clarifyLastQuestion, final: false };
    const kindWords = isCredentialQuestion(current.question) ? lines.clarifyCredential : lines.clarify[current.question.competency];
    // Plain words said for an earlier question of the same kind are not said twice in one interview.
    const plain = [kindWords, lines.clarifyAgain].find((words) => !agentTurns.some((turn) => turn.includes(words)));
    const again = `${lines.repeatLeads[0] ?? ''} ${current.line}`.trim();
    // Asked again after the plain words, or with none left unsaid: the question itself, once more.
    if (plain === undefined || lastAgent.includes(kindWords) || lastAgent.includes(lines.clarifyAgain))
      return { text: again, final: false };
    // A question about a must-have by name keeps its name in the plain words (a credential's words already say it).
    const about = current === planned && !isCredentialQuestion(current.question) ? planned.about : undefined;
    return { text: about ? `${plain} ${lines.clarifyTopic(about)}` : plain, final: false };
  }
  if (act.act === 'role_question') {
    const reply = roleReply(answer, act.topics ?? []);
    if (atLastQuestion) return { text: `${reply} ${lines.closingAfterLastQuestion}`, final: true };
    // A question before the first plan question, or while one is on the table: back to it.
    return { text: `${reply} ${lines.backToQuestion}`, final: false };
  }
  const turn = answerTurn();
  // Said before a follow-up or a redirect; after the acknowledgement, before the next question (see `next`).
  return answered && !turn.text.includes(answered) ? { ...turn, text: `${answered} ${turn.text}` } : turn;

  function answerTurn(): ScriptedTurn {
    if (atLastQuestion) return { text: lines.closingAfterLastQuestion, final: true };
    // A goodbye once the plan is done ends the interview: going deeper would hold back someone who has said goodbye.
    if (act.act === 'thanks_closing') {
      if (planDone()) return { text: lines.closingAfterLastQuestion, final: true };
      // Someone who says they must go is let go, thanked, and the call ends as theirs to end.
      if (isLeaving(foldedTurn(answer))) return { text: lines.closingOnLeaving, final: true, endReason: 'candidate_ended' };
      return next(fresh([lines.youreWelcome]));
    }
    if (act.act === 'dont_know') return next(fresh(lines.dontKnowLines));
    const reading = readAnswer(answer, {
      language: brief.language,
      question: current.question.text,
      documentStems: stems,
    });
    // Each of these is said once per question; a second time, the interview moves on.
    const saidAlready = (line: string) => lastAgent.includes(line);
    if (reading.kind === 'other_language' && !saidAlready(lines.otherLanguage)) return { text: lines.otherLanguage, final: false };
    // An aside is acknowledged once per question, each time in new words; after that, the interview moves on.
    const redirect = fresh(lines.redirects);
    if ((act.act === 'off_topic' || reading.kind === 'off_topic') && redirect && !lines.redirects.some((line) => saidAlready(line)))
      return { text: redirect, final: false };
    if (reading.kind === 'dont_know') return next(fresh(lines.dontKnowLines));
    const followedUp = lines.probes.some((probe) => lastAgent.includes(probe));
    const probe = fresh(lines.probes);
    // A coached interview's hint already says what a thin answer lacks: a probe would ask it twice in one turn.
    const coached = brief.mode === 'coached';
    // A plan for the months ahead has no moment to tell yet: "what happened next" would ask the impossible.
    const ahead = current.question.id === 'motivation';
    if (reading.kind === 'thin' && !coached && !ahead && paced.followUps && lastAgentIndex >= 0 && !followedUp && probe) {
      const hook = answerHook(answer, brief.language, knownTerm);
      const quote = hook ? undefined : quotedPhrase(answer, brief.language, current.question.text, knownTerm);
      // A routine or a stance quoted back lacks one moment: that probe first, while it is unsaid.
      if (quote) return { text: `${lines.followUpOnQuote(quote)} ${fresh([lines.momentProbe, ...lines.probes])}`, final: false };
      if (!hook) return { text: `${fresh([lines.makeConcrete])} ${probe}`.trim(), final: false };
      if (hook.kind === 'named') return { text: `${lines.followUpOn(hook.term)} ${probe}`, final: false };
      const clause = lines.secondPerson ? lines.secondPerson(hook.clause) : hook.clause;
      return { text: `${lines.followUpOnClause(clause)} ${probe}`, final: false };
    }
    // A gap owned is thanked for its candour: "That makes sense" after "I have no licence" sounds pleased with it.
    if (opensWithGap(answer, brief.language)) return next(fresh(lines.gapAcknowledgements) || fresh(lines.acknowledgements.slice(0, 2)));
    return next(fresh(lines.acknowledgements));
  }

  /**
   * The plan's questions still to ask. A must-have the candidate has said they never used is not then asked about by
   * name; where it held the problem-solving place, the field's own problem-solving question is asked instead.
   */
  function openQuestions(): PlannedQuestion[] {
    const answers = transcript.filter((t) => t.role === 'user').map((t) => t.content);
    return remaining.flatMap((planned) => {
      if (!ruledOut(planned, answers, brief.language)) return [planned];
      const standIn = planned.question.competency === 'problem_solving' ? solvingStandIn : undefined;
      return standIn && !agentTurns.some((turn) => turn.includes(standIn.line)) ? [standIn] : [];
    });
  }

  /** Every question of the plan asked (or ruled out): what is left is going deeper, with time to spare. */
  function planDone(): boolean {
    return asked > 0 && openQuestions().length === 0;
  }

  function next(lead: string): ScriptedTurn {
    const open = openQuestions();
    const [upcoming] = keptQuestions(open, paced.questionsThatFit);
    // The plan done with time paid for still left: deeper on what they said, then the field's other questions.
    const deeper =
      open.length === 0 && timeToSpare(pace)
        ? deeperLine({ language: brief.language, transcript, lines: { ...lines, revisitWordings }, spareQuestions, isKnownTerm: knownTerm })
        : undefined;
    const said = [lead, answered].filter(Boolean).join(' ');
    if (!upcoming && deeper) return { text: `${said} ${deeper}`.trim(), final: false };
    if (!upcoming) return { text: `${said} ${lines.lastQuestion}`.trim(), final: false };
    return { text: `${said} ${upcoming.line}`.trim(), final: false };
  }

  /** A question about the role answered only from what the posting says on its topic. */
  function roleReply(question: string, topics: readonly RoleTopic[]): string {
    const excerpt = postingSentenceFor(question, topics, brief.jobDescription);
    return excerpt ? lines.answerFromJob(excerpt) : lines.deferQuestion;
  }
}
