import { render, screen } from '@testing-library/react';
import { languages } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { Report, type Ready } from '../src/feedback/report.tsx';
import { loadLanguage } from '../src/i18n/i18n.ts';

const point = { point: 'Named the migration.', evidence: 'In the billing answer.' };
const view = (source: Ready['feedback']['source'], language: string): Ready => ({
  status: 'ready',
  feedback: {
    source,
    language,
    overallScore: 60,
    verdict: 'lean_hire',
    summary: 'Rule-based review: you answered 1 of 2 questions.',
    ratings: [],
    strengths: [point, point, point],
    improvements: [point, point, point],
    questions: [],
  },
  metrics: {
    candidateWords: 34,
    interviewerWords: 20,
    talkShare: 0.6,
    answers: 1,
    averageAnswerWords: 34,
    longestAnswerWords: 34,
    shortAnswers: 0,
    longAnswers: 0,
    fillers: { total: 0, perHundredWords: 0, top: [] },
    wordsPerMinute: null,
    endReason: 'candidate_ended',
  },
});

describe('the report says who wrote the review', () => {
  for (const language of languages) {
    it(`says a rule-based review written because the model failed is just that (${language})`, async () => {
      await loadLanguage(language);
      const t = i18next.getFixedT(language);
      const interview = { id: 'i-1', jobTitle: 'Backend Engineer', candidateName: null, language, createdAt: new Date(), transcript: [] };
      const { unmount } = render(<Report view={view('rules-after-model-failure', language)} interview={interview} />);
      const label = screen.getByTestId('feedback-source').textContent;
      expect(label).toBe(t('feedback.byRulesAfterModelFailure'));
      expect(label).not.toMatch(/^feedback\./);
      expect(label).not.toBe(t('feedback.byModel'));
      expect(label).not.toBe(t('feedback.byRules'));
      unmount();
    });
  }
});
