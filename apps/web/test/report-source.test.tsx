import { render, screen } from '@testing-library/react';
import { languages } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { Report, type Ready } from '../src/feedback/report.tsx';
import { loadLanguage } from '../src/i18n/i18n.ts';

const point = { point: 'Named the migration.', evidence: 'In the billing answer.' };
const view = (source: Ready['feedback']['source'], language: string, judged = true): Ready => ({
  status: 'ready',
  judged,
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

describe('the report’s verdict and a shared copy’s words', () => {
  for (const language of languages) {
    it(`says too few answers to judge instead of a verdict, and speaks about the candidate to a reader (${language})`, async () => {
      await loadLanguage(language);
      const t = i18next.getFixedT(language);
      const interview = {
        id: 'i-1',
        jobTitle: 'Backend Engineer',
        candidateName: null,
        language,
        createdAt: new Date(),
        transcript: [{ role: 'user' as const, content: 'I led the migration.' }],
      };
      const judged = render(<Report view={view('rules', language)} interview={interview} />);
      expect(screen.getByTestId('verdict').textContent).toBe(t('verdicts.lean_hire'));
      expect(screen.queryByTestId('reader-note')).toBeNull();
      judged.unmount();

      const shared = render(<Report view={view('rules', language, false)} interview={interview} reader />);
      expect(screen.getByTestId('verdict').textContent).toBe(t('feedback.tooFewToJudge'));
      expect(screen.getByTestId('reader-note').textContent).toBe(t('feedback.reader.note'));
      expect(screen.getByTestId('feedback-source').textContent).toBe(t('feedback.reader.byRules'));
      expect(screen.getByRole('heading', { name: t('feedback.reader.metrics') })).toBeTruthy();
      expect(screen.getByText(t('feedback.reader.candidate'))).toBeTruthy();
      expect(screen.queryByText(t('room.you'))).toBeNull();
      expect(screen.getByText(t('feedback.reader.candidateEnded'))).toBeTruthy();
      expect(screen.queryByText(t('endReasons.candidate_ended'))).toBeNull();
      shared.unmount();
    });
  }
});
