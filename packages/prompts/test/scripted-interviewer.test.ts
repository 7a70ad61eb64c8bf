import { describe, expect, it } from 'vitest';
import type { TranscriptTurn } from '../src/congruency-prompt.ts';
import { fieldIds } from '../src/fields.ts';
import { questionPlan } from '../src/question-bank.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';
import { spokenLines } from '../src/spoken-lines.ts';

const brief = { field: 'engineering' as const, language: 'en' as const };
const lines = spokenLines.en;
const longAnswer =
  'I led the migration of our billing service to an event-driven design, measured latency before and after, and cut p99 by half while keeping every invoice correct.';

/** Plays the script to the end with the given answers, as the engine would. */
function play(answers: (turn: number) => string): TranscriptTurn[] {
  const transcript: TranscriptTurn[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  for (let turn = 0; turn < 30; turn += 1) {
    transcript.push({ role: 'user', content: answers(turn) });
    const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
    transcript.push({ role: 'agent', content: reply.text });
    if (reply.final) return transcript;
  }
  throw new Error('the script never ended');
}

describe('scriptedInterviewerTurn', () => {
  it('asks every planned question once, then the last question, then closes', () => {
    const transcript = play(() => longAnswer);
    const agent = transcript.filter((t) => t.role === 'agent').map((t) => t.content);
    for (const question of questionPlan('engineering', 'en')) {
      expect(agent.filter((line) => line.includes(question.text))).toHaveLength(1);
    }
    expect(agent.at(-2)).toContain(lines.lastQuestion);
    expect(agent.at(-1)).toBe(lines.closingAfterLastQuestion);
    expect(agent.some((line) => line === lines.followUp)).toBe(false);
  });

  it('follows up once on a short answer, then moves on', () => {
    const transcript = play((turn) => (turn === 0 ? 'Yes.' : turn === 1 ? 'Still short.' : longAnswer));
    const agent = transcript.filter((t) => t.role === 'agent').map((t) => t.content);
    expect(agent[1]).toBe(lines.followUp);
    expect(agent[2]).toContain(questionPlan('engineering', 'en')[0]!.text); // no second follow-up in a row
  });

  it('nudges on silence and on a reminder', () => {
    expect(scriptedInterviewerTurn(brief, [{ role: 'agent', content: 'Hi' }], 'turn').text).toBe(lines.reminder);
    expect(scriptedInterviewerTurn(brief, [], 'reminder')).toEqual({ text: lines.reminder, final: false });
  });

  it('resumes from the transcript alone (no hidden state)', () => {
    const transcript = play(() => longAnswer).slice(0, 6);
    const again = scriptedInterviewerTurn(brief, transcript, 'turn');
    expect(again).toEqual(scriptedInterviewerTurn(brief, [...transcript], 'turn'));
  });

  it('has a full plan for every field in every language', () => {
    for (const field of fieldIds) {
      for (const language of ['en', 'es', 'pt-BR'] as const) {
        const plan = questionPlan(field, language);
        expect(plan, `${field}/${language}`).toHaveLength(6);
        expect(new Set(plan.map((q) => q.competency)).size).toBeGreaterThanOrEqual(4);
        for (const question of plan) expect(question.keyPoints.length).toBeGreaterThanOrEqual(4);
      }
    }
  });
});
