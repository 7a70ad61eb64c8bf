import { languages } from '@voxly/config';
import { exampleFindings, strongerAnswerText } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import type { FeedbackContent } from '../src/domain/feedback/feedback-content.ts';
import { ruleBasedFeedback } from '../src/domain/feedback/rule-based-feedback.ts';
import { speechMetrics } from '../src/domain/feedback/speech-metrics.ts';
import { withCheckedExamples } from '../src/domain/feedback/stronger-examples.ts';
import { engineeringTranscript } from './support/feedback-transcripts.ts';

const job = {
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build APIs in Go and PostgreSQL. Requirements: Kafka, Kubernetes, on-call.',
  resumeText:
    'Ana Souza\nEXPERIENCE\nPicPay — Backend Engineer (2021–2024): billing services in Go; Kafka consumers; cut timeouts by 70%.\nEDUCATION: B.S. Computer Science, USP',
};
const placeholder = /\[[^\]]+\]/g;

describe('examples of a stronger answer in the local review', () => {
  it.each(languages)('gives every reviewed question one, built from the resume with nothing invented, in %s', (language) => {
    const transcript = engineeringTranscript({ language, quality: 'weak' });
    const review = ruleBasedFeedback({
      field: 'engineering',
      language,
      transcript,
      metrics: speechMetrics(transcript, language, 'completed'),
      endReason: 'completed',
      job,
    });
    expect(review.questions.length).toBeGreaterThan(0);
    for (const q of review.questions) {
      expect(q.example, q.question).toBeDefined();
      const text = strongerAnswerText(q.example!);
      // Every number shown is the resume's, or a placeholder.
      for (const figure of text.replace(placeholder, '').match(/\d+/g) ?? []) expect(job.resumeText).toContain(figure);
      expect(exampleFindings(q.example!, job)).toEqual([]);
    }
    expect(review.questions.some((q) => q.example!.result.includes('70%'))).toBe(true);
  });

  it('gives none without a resume', () => {
    const transcript = engineeringTranscript({ language: 'en', quality: 'strong' });
    const review = ruleBasedFeedback({
      field: 'engineering',
      language: 'en',
      transcript,
      metrics: speechMetrics(transcript, 'en', 'completed'),
      endReason: 'completed',
      job: { ...job, resumeText: '' },
    });
    expect(review.questions.every((q) => q.example === undefined)).toBe(true);
  });
});

describe('withCheckedExamples (a model’s review)', () => {
  const brief = { field: 'engineering' as const, language: 'en' as const, ...job };
  const content = (example?: NonNullable<FeedbackContent['questions'][number]['example']>): FeedbackContent => ({
    overallScore: 60,
    verdict: 'lean_hire',
    summary: 'Fine.',
    ratings: [],
    strengths: [],
    improvements: [],
    questions: [{ question: 'Tell me about Kafka.', good: 'Clear.', stronger: 'A figure.', ...(example ? { example } : {}) }],
  });

  it('keeps an example that states only the resume’s facts', () => {
    const example = {
      situation: 'At PicPay in 2021.',
      action: 'I built Kafka consumers.',
      result: 'Timeouts fell by 70%.',
      shows: 'Kafka.',
    };
    const checked = withCheckedExamples(content(example), brief);
    expect(checked).toEqual({ content: content(example), replaced: 0 });
  });

  it('replaces one with an invented employer or figure by the local one, and fills in a missing one', () => {
    const invented = {
      situation: 'At Nubank in 2022.',
      action: 'I built Kafka consumers.',
      result: 'Timeouts fell by 95%.',
      shows: 'Kafka.',
    };
    const checked = withCheckedExamples(content(invented), brief);
    expect(checked.replaced).toBe(1);
    expect(strongerAnswerText(checked.content.questions[0]!.example!)).toContain('PicPay');
    expect(strongerAnswerText(checked.content.questions[0]!.example!)).not.toContain('Nubank');
    expect(withCheckedExamples(content(), brief).content.questions[0]!.example).toBeDefined();
  });
});
