import { interviewPlan, openingQuestion, questionPlan, scriptedInterviewerTurn } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { ruleBasedFeedback } from '../src/domain/feedback/rule-based-feedback.ts';
import { speechMetrics } from '../src/domain/feedback/speech-metrics.ts';
import type { StoredTurn } from '../src/domain/interview/transcript.ts';

describe('a must-have the candidate said they never used', () => {
  const job = {
    jobTitle: 'Senior Backend Engineer',
    jobDescription: 'You will own our Kafka pipelines. Design and operate microservices in Go on AWS with PostgreSQL databases.',
    resumeText: 'Backend engineer, 7 years. Payment APIs in Go; RabbitMQ queues.',
  };
  const plan = interviewPlan({ field: 'engineering', language: 'en', ...job });
  const opening =
    "I'm a backend engineer, seven years on payment APIs in Go. I've never used PostgreSQL, we ran MySQL, but I know the ideas well.";
  const answer =
    'At Pagoda I led the move of our billing service to events. I planned it, wrote the consumers myself and ran the cut-over; p99 fell from 800 to 300 ms.';
  const transcriptOf = (asked: typeof plan): StoredTurn[] => [
    { role: 'agent', content: openingQuestion('en').text },
    { role: 'user', content: opening },
    ...asked.flatMap((p): StoredTurn[] => [
      { role: 'agent', content: `Thanks. ${p.line}` },
      { role: 'user', content: answer },
    ]),
  ];
  const reviewOf = (transcript: StoredTurn[]) =>
    ruleBasedFeedback({
      field: 'engineering',
      language: 'en',
      transcript,
      metrics: speechMetrics(transcript, 'en', 'completed'),
      endReason: 'completed',
      job,
    });

  it('is skipped by the interviewer, not counted against the candidate as a question left unanswered', () => {
    // A technical question like the others: leaving it out changes no competency's answers but its own.
    const postgres = plan.find((p) => p.about === 'PostgreSQL databases' && p.question.competency === 'technical_depth');
    expect(postgres, 'the plan asks about PostgreSQL by name').toBeDefined();
    const skipped = reviewOf(transcriptOf(plan.filter((p) => p !== postgres)));
    const askedAnyway = reviewOf(transcriptOf(plan));
    expect(skipped.questions.map((q) => q.question)).not.toContain(postgres?.line);
    // The same answers to every question asked: the one left out by the interviewer costs nothing.
    expect(skipped.overallScore).toBeGreaterThanOrEqual(askedAnyway.overallScore - 1);
  });

  it("is replaced by the field's own problem-solving question when it held that place, so the skill is still rated", () => {
    const kafka = plan.find((p) => p.about === 'Kafka pipelines');
    expect(kafka?.question.competency, 'the Kafka question holds the problem-solving place').toBe('problem_solving');
    const brief = { field: 'engineering' as const, language: 'en' as const, ...job };
    const transcript: StoredTurn[] = [{ role: 'agent', content: openingQuestion('en').text }];
    for (let turn = 0; turn < 20; turn += 1) {
      transcript.push({
        role: 'user',
        content: turn === 0 ? "I'm a backend engineer, seven years in Go. I've never used Kafka, we ran RabbitMQ." : answer,
      });
      const reply = scriptedInterviewerTurn(brief, transcript, 'turn');
      transcript.push({ role: 'agent', content: reply.text });
      if (reply.final) break;
    }
    const said = transcript
      .filter((t) => t.role === 'agent')
      .map((t) => t.content)
      .join(' ');
    expect(said).not.toContain(kafka?.line);
    const solving = questionPlan('engineering', 'en').find((q) => q.competency === 'problem_solving');
    // In the must-have's place, before the plan's last question, not only later with time to spare.
    const motivation = plan.at(-1)?.line ?? 'unreachable';
    expect(said.indexOf(solving?.text ?? 'unreachable')).toBeGreaterThan(-1);
    expect(said.indexOf(solving?.text ?? 'unreachable')).toBeLessThan(said.indexOf(motivation));
    const report = reviewOf(transcript);
    expect(report.ratings.find((r) => r.competency === 'problem_solving')?.rating).not.toBeNull();
  });
});
