import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisitorHeader } from '../components/visitor-header.tsx';

/**
 * What a signed-out visitor meets: what Voxly does, in their language (switchable here,
 * before any account), with the sign-in beside it.
 */
export function SignedOutLanding({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const points = ['tailored', 'fit', 'time', 'feedback', 'languages'] as const;
  return (
    <>
      <VisitorHeader home />
      <main id="main" className="page landing">
        <section className="landing-pitch" aria-labelledby="landing-title">
          <h1 id="landing-title">{t('landing.title')}</h1>
          <p className="lead">{t('landing.lead')}</p>
          <ul className="landing-points">
            {points.map((point) => (
              <li key={point}>
                <strong>{t(`landing.points.${point}.title`)}</strong> {t(`landing.points.${point}.text`)}
              </li>
            ))}
          </ul>
          <p>
            <a href="/sample-report" data-testid="sample-report-link">
              {t('sample.link')}
            </a>
          </p>
        </section>
        <div className="landing-sign-in">{children}</div>
      </main>
    </>
  );
}
