import { describe, expect, it } from 'vitest';
import { interviewPlan, type PlanBrief } from '../src/interview-plan.ts';
import { interviewerSystemPrompt } from '../src/interviewer-prompt.ts';

const brief: PlanBrief = {
  field: 'engineering',
  language: 'es',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Construir APIs en Go y PostgreSQL. Requisitos: Kafka, Kubernetes, guardias.',
  resumeText: 'Ingeniera backend: servicios en Go, consumidores Kafka, Kubernetes en AWS.',
};
const competencies = (b: PlanBrief) => interviewPlan(b).map((p) => p.question.competency);

describe('the interview plan follows the session’s kind and seniority', () => {
  it('is the same plan as before for a mixed, mid session', () => {
    expect(interviewPlan({ ...brief, kind: 'mixed', seniority: 'mid' })).toEqual(interviewPlan(brief));
  });

  it('asks no story in a technical session', () => {
    const asked = competencies({ ...brief, kind: 'technical' });
    expect(asked).not.toContain('behavioural');
    expect(asked).not.toContain('communication');
    expect(asked.filter((c) => c === 'technical_depth').length).toBeGreaterThanOrEqual(3);
  });

  it('opens a behavioural session with a story and keeps one must-have, so it stays about this job', () => {
    const plan = interviewPlan({ ...brief, kind: 'behavioural' });
    expect(plan[0]?.question.competency).toBe('behavioural');
    expect(plan.filter((p) => p.question.id.startsWith('must-have-')).length).toBe(1);
    expect(competencies({ ...brief, kind: 'behavioural' })).toContain('communication');
  });

  it('asks a junior about learning fast and a senior about leading, in the interview’s language', () => {
    expect(interviewPlan({ ...brief, seniority: 'junior' }).map((p) => p.question.id)).toContain('learning');
    expect(interviewPlan({ ...brief, seniority: 'senior' }).map((p) => p.question.id)).toContain('leading');
    expect(interviewPlan({ ...brief, seniority: 'senior' }).find((p) => p.question.id === 'leading')?.line).toMatch(/^Cuéntame/);
  });

  it('tells the model the length, the kind and the level', () => {
    const prompt = interviewerSystemPrompt({ ...brief, candidateName: 'Ana', lengthMinutes: 5, kind: 'technical', seniority: 'senior' });
    expect(prompt).toContain('at most 5 minutes');
    expect(prompt).toContain('This is a technical interview');
    expect(prompt).toContain('The candidate is senior');
  });
});

describe('the greeting names the session’s length', () => {
  it('in each language', async () => {
    const { beginMessage } = await import('../src/begin-message.ts');
    expect(beginMessage({ candidateName: 'Ana Souza', jobTitle: 'Analyst', language: 'en', lengthMinutes: 5 })).toContain(
      'about five minutes',
    );
    expect(beginMessage({ candidateName: 'Ana Souza', jobTitle: 'Analista', language: 'es', lengthMinutes: 10 })).toContain(
      'unos diez minutos',
    );
    expect(beginMessage({ candidateName: 'Ana Souza', jobTitle: 'Analista', language: 'pt-BR' })).toContain('cerca de quinze minutos');
  });
});
