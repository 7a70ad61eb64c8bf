import { render, screen } from '@testing-library/react';
import { languages } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ReportHeading } from '../src/feedback/report.tsx';
import { loadLanguage } from '../src/i18n/i18n.ts';

const heading = { jobTitle: 'Backend Engineer', field: null, createdAt: new Date('2026-12-05T10:00:00Z') };

describe('the report’s heading names a coached session', () => {
  for (const language of languages) {
    it(`in the setup line and a note, to the candidate and to a reader (${language})`, async () => {
      await loadLanguage(language);
      const t = i18next.getFixedT(language);
      const setup = { lengthMinutes: 10, kind: 'technical', seniority: 'senior', interviewMode: 'coached' } as const;
      const own = render(<ReportHeading {...heading} language={language} setup={setup} />);
      expect(screen.getByTestId('session-summary').textContent).toBe(
        `${t('session.summary', { minutes: 10, kind: t('session.kinds.technical'), seniority: t('session.seniorities.senior') })} · ${t('mode.summary.coached')}`,
      );
      expect(screen.getByTestId('coached-note').textContent).toBe(t('mode.reportNote'));
      own.unmount();
      const shared = render(<ReportHeading {...heading} language={language} setup={setup} reader />);
      expect(screen.getByTestId('coached-note').textContent).toBe(t('mode.readerNote'));
      shared.unmount();
      render(<ReportHeading {...heading} language={language} setup={{ ...setup, interviewMode: 'real' }} />);
      expect(screen.queryByTestId('coached-note')).toBeNull();
      expect(screen.getByTestId('session-summary').textContent).not.toContain(t('mode.summary.coached'));
    });
  }
});
