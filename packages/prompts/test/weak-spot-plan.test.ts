import type { WeakSpotFocus } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { interviewPlan, type PlanBrief } from '../src/interview-plan.ts';
import { interviewerSystemPrompt } from '../src/interviewer-prompt.ts';

const brief: PlanBrief = {
  field: 'engineering',
  language: 'en',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build APIs in Go and PostgreSQL. Requirements: Kafka, Kubernetes, on-call.',
  resumeText: 'Backend engineer: Go services, Kafka consumers, Kubernetes on AWS.',
};
const focus = (competencies: WeakSpotFocus['competencies'], questions: WeakSpotFocus['questions'] = []): WeakSpotFocus => ({
  fromInterviewId: '00000000-0000-4000-8000-000000000001',
  competencies,
  questions,
});
const ids = (b: PlanBrief) => interviewPlan(b).map((p) => p.question.id);

/** The plan of an interview that aims at the last report's weak spots (pure logic). */
describe('a focused plan leads with the weak spots', () => {
  it('leads with a question on the weakest competency, and keeps every other question in its order', () => {
    const plain = interviewPlan(brief);
    const focused = interviewPlan({ ...brief, focus: focus([{ competency: 'communication', rating: 2 }]) });
    expect(focused[0]?.question.competency).toBe('communication');
    expect(plain[0]?.question.competency).not.toBe('communication');
    expect(focused.slice(1).map((p) => p.question.id)).toEqual(
      plain.map((p) => p.question.id).filter((id) => id !== focused[0]?.question.id),
    );
  });

  it('weighs the focused question like a top must-have, so pacing keeps it when time runs short', () => {
    const [first] = interviewPlan({ ...brief, focus: focus([{ competency: 'communication', rating: 1 }]) });
    expect(first?.weight).toBe(3);
  });

  it('revisits the kind of question scored worst second, when it is another competency', () => {
    const focused = interviewPlan({
      ...brief,
      focus: focus(
        [{ competency: 'role_fit', rating: 2 }],
        [{ question: 'Tell me about a hard problem…', rating: 1, competency: 'behavioural' }],
      ),
    });
    expect(focused.slice(0, 2).map((p) => p.question.competency)).toEqual(['role_fit', 'behavioural']);
  });

  it('does not ask the same question twice when the worst question is of the weakest competency', () => {
    const focused = ids({
      ...brief,
      focus: focus([{ competency: 'communication', rating: 2 }], [{ question: 'A disagreement…', rating: 1, competency: 'communication' }]),
    });
    expect(new Set(focused).size).toBe(focused.length);
    expect(focused.length).toBe(ids(brief).length);
  });

  it('keeps a technical session free of stories: it leads with the next weak spot instead', () => {
    const technical = { ...brief, kind: 'technical' as const };
    const focused = interviewPlan({
      ...technical,
      focus: focus([
        { competency: 'communication', rating: 1 },
        { competency: 'problem_solving', rating: 2 },
      ]),
    });
    expect(focused.map((p) => p.question.competency)).not.toContain('communication');
    expect(focused[0]?.question.competency).toBe('problem_solving');
    expect(new Set(ids(technical))).toEqual(new Set(focused.map((p) => p.question.id)));
  });

  it('is the same plan without a focus', () => {
    expect(interviewPlan({ ...brief, focus: null })).toEqual(interviewPlan(brief));
  });

  it('tells the model the same weak spots, with last time’s worst question fenced as data', () => {
    const prompt = interviewerSystemPrompt({
      ...brief,
      candidateName: 'Ana',
      focus: focus(
        [{ competency: 'communication', rating: 2 }],
        [{ question: 'Describe a disagreement.', rating: 1, competency: 'communication' }],
      ),
    });
    expect(prompt).toContain('Ask your first question after their introduction about communication');
    expect(prompt).toContain('communication (2/5)');
    expect(prompt).toMatch(/<last_time_worst[^>]*>[\s\S]*Describe a disagreement\. \(1\/5\)/);
    expect(interviewerSystemPrompt({ ...brief, candidateName: 'Ana' })).not.toContain('last interview');
  });
});
