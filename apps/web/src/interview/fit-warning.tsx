import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FitWarningProps {
  /** What the resume does not show, as the posting writes it. */
  gaps: string[];
  busy: boolean;
  onStart: () => void;
  onEdit: () => void;
}

/** The form's fit check, said before a credit is spent: what the resume does not show; the candidate decides. */
export function FitWarning({ gaps, busy, onStart, onEdit }: FitWarningProps) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The warning replaces the form's button: focus goes to it, so a keyboard or screen reader user meets it first.
  useEffect(() => heading.current?.focus(), []);
  const list = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' }).format(gaps);
  return (
    <section className="card notice" aria-labelledby="fit-warning-title" data-testid="fit-warning">
      <h2 id="fit-warning-title" tabIndex={-1} ref={heading}>
        {t('newInterview.fitWarningTitle')}
      </h2>
      <p>{t('newInterview.fitWarning', { gaps: list })}</p>
      <div className="actions">
        <button type="button" onClick={onStart} disabled={busy}>
          {busy ? t('newInterview.starting') : t('newInterview.startAnyway')}
        </button>
        <button type="button" className="secondary" onClick={onEdit}>
          {t('newInterview.editFirst')}
        </button>
      </div>
    </section>
  );
}
