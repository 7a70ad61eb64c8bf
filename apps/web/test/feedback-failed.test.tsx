import { fireEvent, render, screen } from '@testing-library/react';
import { languages } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { FeedbackFailed } from '../src/feedback/feedback-failed.tsx';
import { loadLanguage } from '../src/i18n/i18n.ts';

describe('a review that could not be written', () => {
  for (const language of languages) {
    it(`says so in the candidate's language, with a retry while one is left (${language})`, async () => {
      await loadLanguage(language);
      await i18next.changeLanguage(language);
      const t = i18next.getFixedT(language);
      const onRetry = vi.fn();
      const { unmount, rerender } = render(<FeedbackFailed canRetry retrying={false} onRetry={onRetry} />);
      const alert = screen.getByRole('alert');
      // A tryout saw "Não foi possível gerar a avaliação. The feedback could not be generated…": the page's words only.
      expect(alert.textContent).toBe(`${t('feedback.failed')}${t('feedback.retry')}`);
      if (language !== 'en') expect(alert.textContent).not.toMatch(/could not be generated/);
      fireEvent.click(screen.getByRole('button', { name: t('feedback.retry') }));
      expect(onRetry).toHaveBeenCalledOnce();
      rerender(<FeedbackFailed canRetry={false} retrying={false} onRetry={onRetry} />);
      expect(screen.queryByRole('button')).toBeNull();
      expect(screen.getByRole('alert').textContent).toContain(t('feedback.noRetry'));
      unmount();
    });
  }
});
