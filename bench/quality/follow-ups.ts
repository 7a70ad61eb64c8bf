/**
 * Whether the interviewer's follow-ups pick up what the candidate said (#27: "follow-ups quote or
 * name what the candidate actually said rather than a fixed probe"), measured on the text alone:
 * a follow-up is a turn that carries one of the language's probe sentences; it refers to the
 * answer when, outside the probe itself, it repeats two of the answer's words in a row (three
 * letters or more each) or a name or figure the answer wrote (a word with a capital letter not
 * at the sentence's start, or with a digit).
 */
import type { Language } from '@voxly/config';
import { detectField, foldText, scriptedInterviewerTurn, spokenLines, tokenize } from '@voxly/prompts';

type Turn = { role: 'agent' | 'user'; content: string };

const pairsOf = (words: string[]) => words.slice(1).map((word, i) => `${words[i]} ${word}`);
const longWords = (text: string) => tokenize(foldText(text)).filter((word) => word.length >= 3);

/** The names and figures an answer wrote: capitalised words not opening a sentence, and words with a digit. */
function namesAndFigures(answer: string): string[] {
  const found: string[] = [];
  for (const sentence of answer.split(/(?<=[.!?])\s+/)) {
    const words = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
    words.forEach((word, i) => {
      if (/\d/.test(word) || (i > 0 && /^\p{Lu}/u.test(word) && word.length > 1 && word !== 'I')) found.push(foldText(word));
    });
  }
  return found;
}

function refersToAnswer(followUp: string, answer: string): boolean {
  const said = foldText(followUp);
  const pairs = new Set(pairsOf(longWords(followUp)));
  if (pairsOf(longWords(answer)).some((pair) => pairs.has(pair))) return true;
  return namesAndFigures(answer).some((name) => said.includes(name));
}

/** Follow-ups in one played interview, and how many refer to the answer before them. */
export function followUpFigures(transcript: readonly Turn[], language: Language): { followUps: number; referring: number } {
  const { probes, repeatLeads } = spokenLines[language];
  let followUps = 0;
  let referring = 0;
  transcript.forEach((turn, i) => {
    const previous = transcript[i - 1];
    // A follow-up said again because the candidate asked for it is the same follow-up, not another.
    if (turn.role !== 'agent' || previous?.role !== 'user' || repeatLeads.some((lead) => turn.content.startsWith(lead))) return;
    const probe = probes.find((line) => turn.content.includes(line));
    if (!probe) return;
    followUps += 1;
    if (refersToAnswer(turn.content.replace(probe, ''), previous.content)) referring += 1;
  });
  return { followUps, referring };
}

/**
 * The follow-up the interviewer asks after each graded answer, where it asks one (a thin answer):
 * the question asked, the answer given, the job's title as the only document.
 */
export function gradedFollowUps(answers: readonly { jobTitle: string; question: string; answer: string; interviewLanguage: Language }[]): {
  followUps: number;
  referring: number;
} {
  let followUps = 0;
  let referring = 0;
  for (const a of answers) {
    const job = { jobTitle: a.jobTitle, jobDescription: a.jobTitle, resumeText: '' };
    const brief = { ...job, field: detectField(job).field, language: a.interviewLanguage };
    const transcript: Turn[] = [
      { role: 'agent', content: a.question },
      { role: 'user', content: a.answer },
    ];
    const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
    const counted = followUpFigures([...transcript, { role: 'agent', content: reply.text }], a.interviewLanguage);
    followUps += counted.followUps;
    referring += counted.referring;
  }
  return { followUps, referring };
}
