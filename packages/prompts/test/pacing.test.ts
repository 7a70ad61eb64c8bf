import { describe, expect, it } from 'vitest';
import type { TranscriptTurn } from '../src/congruency-prompt.ts';
import { interviewPlan } from '../src/interview-plan.ts';
import { keptQuestions, mostQuestionsIn, paceDecision, timeToSpare } from '../src/listening/pacing.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';
import { spokenLines } from '../src/spoken-lines.ts';

const minute = 60_000;
const brief = {
  field: 'engineering' as const,
  language: 'en' as const,
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build services in Go on AWS with PostgreSQL and Kafka.',
  resumeText: 'Backend engineer at Nubank. Built payment APIs in Go.',
};
const lines = spokenLines.en;
const answer =
  'I led the migration of our billing service to an event-driven design, measured latency before and after, and cut p99 by half while keeping every invoice correct.';

describe('paceDecision', () => {
  it('leaves room for the whole plan and follow-ups at the start of a call', () => {
    expect(paceDecision({ elapsedMs: 0, remainingMs: 15 * minute }, 1, 6)).toEqual({ questionsThatFit: 13, followUps: true });
  });

  it('fits fewer questions, and no follow-ups, when exchanges run long', () => {
    // Four exchanges in nine minutes: 135 s each; six minutes left, 90 s of them kept for the wrap-up.
    expect(paceDecision({ elapsedMs: 9 * minute, remainingMs: 6 * minute }, 4, 3)).toEqual({ questionsThatFit: 2, followUps: false });
  });

  it('fits nothing once only the wrap-up is left', () => {
    expect(paceDecision({ elapsedMs: 13.5 * minute, remainingMs: 1.5 * minute }, 5, 2).questionsThatFit).toBe(0);
  });
});

describe('keptQuestions', () => {
  it('keeps the heaviest questions, earlier ones first on a tie, in plan order', () => {
    const plan = [
      { id: 'a', weight: 1 },
      { id: 'b', weight: 3 },
      { id: 'c', weight: 1 },
      { id: 'd', weight: 2 },
    ];
    expect(keptQuestions(plan, 2).map((q) => q.id)).toEqual(['b', 'd']);
    expect(keptQuestions(plan, 3).map((q) => q.id)).toEqual(['a', 'b', 'd']);
    expect(keptQuestions(plan, 9)).toEqual(plan);
    expect(keptQuestions(plan, 0)).toEqual([]);
  });
});

/** Plays a call where every exchange takes `exchangeMs`, as the engine would pass the clock. */
function playTimed(exchangeMs: number, answers: (turn: number) => string = () => answer) {
  const transcript: TranscriptTurn[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  const asks: { line: string; remainingMs: number }[] = [];
  let elapsedMs = 0;
  for (let turn = 0; elapsedMs < 15 * minute; turn += 1) {
    elapsedMs += exchangeMs;
    transcript.push({ role: 'user', content: answers(turn) });
    const remainingMs = 15 * minute - elapsedMs;
    if (remainingMs <= 0) return { asks, transcript, cutOff: true };
    const reply = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs, remainingMs });
    transcript.push({ role: 'agent', content: reply.text });
    asks.push({ line: reply.text, remainingMs });
    if (reply.final) return { asks, transcript, cutOff: false };
  }
  return { asks, transcript, cutOff: true };
}

describe('the scripted interviewer paces itself to the clock', () => {
  const plan = interviewPlan(brief).map((p) => p.question);

  it('asks the whole plan when the answers leave time for it', () => {
    // Eight questions, the opening and the candidate's own: about 90 s an exchange fits them all.
    for (const exchangeMs of [45_000, 75_000, 85_000]) {
      const { asks, cutOff } = playTimed(exchangeMs);
      expect(cutOff).toBe(false);
      for (const question of plan) expect(asks.filter((a) => a.line.includes(question.text))).toHaveLength(1);
    }
  });

  for (const exchangeMs of [130_000, 160_000, 200_000]) {
    it(`reaches its last question before time runs out with ${exchangeMs / 1000} s exchanges`, () => {
      const { asks } = playTimed(exchangeMs);
      const last = asks.find((a) => a.line.includes(lines.lastQuestion));
      expect(last, 'the candidate is offered their question').toBeDefined();
      expect(last!.remainingMs).toBeGreaterThanOrEqual(30_000);
      const askedPlan = plan.filter((q) => asks.some((a) => a.line.includes(q.text)));
      // It drops questions rather than being cut off, and always keeps the behavioural story.
      expect(askedPlan.length).toBeLessThan(plan.length);
      expect(askedPlan.some((q) => q.competency === 'behavioural')).toBe(true);
    });
  }

  it('skips the follow-up on a thin answer when there is no slack for it', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', content: `Thanks. ${plan[0]!.text}` },
      { role: 'user', content: answer },
      { role: 'agent', content: `Great. ${plan[1]!.text}` },
      { role: 'user', content: 'Yes, I did that.' },
    ];
    const unhurried = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs: 3 * minute, remainingMs: 12 * minute });
    expect(lines.probes.some((probe) => unhurried.text.includes(probe))).toBe(true);
    const hurried = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs: 9 * minute, remainingMs: 6 * minute });
    expect(lines.probes.some((probe) => hurried.text.includes(probe))).toBe(false);
    expect(plan.slice(2).some((q) => hurried.text.includes(q.text))).toBe(true);
  });

  it('goes straight to the candidate’s question when only the wrap-up is left', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', content: `Thanks. ${plan[0]!.text}` },
      { role: 'user', content: answer },
    ];
    const reply = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs: 13.8 * minute, remainingMs: 1.2 * minute });
    expect(reply).toEqual({ text: expect.stringContaining(lines.lastQuestion), final: false });
  });
});

describe('timeToSpare', () => {
  it('has room for more once the plan is done only with several minutes still paid for', () => {
    expect(timeToSpare({ elapsedMs: 180_000, remainingMs: 720_000 })).toBe(true);
    expect(timeToSpare({ elapsedMs: 600_000, remainingMs: 300_000 })).toBe(true);
    expect(timeToSpare({ elapsedMs: 700_000, remainingMs: 200_000 })).toBe(false);
    expect(timeToSpare({ elapsedMs: 840_000, remainingMs: 60_000 })).toBe(false);
  });
});

describe('mostQuestionsIn', () => {
  it('leaves room for the opening question and the wrap-up, and grows with the clock', () => {
    expect(mostQuestionsIn(5)).toBe(2);
    expect(mostQuestionsIn(10)).toBeGreaterThan(mostQuestionsIn(5));
    expect(mostQuestionsIn(15)).toBeGreaterThan(mostQuestionsIn(10));
    // Never none: even a session cut to its bones asks one question after the opening.
    expect(mostQuestionsIn(1)).toBe(1);
  });
});
