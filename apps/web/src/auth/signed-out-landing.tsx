import { isWebRoute } from '@voxly/config';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { VisitorHeader } from '../components/visitor-header.tsx';
import { NotFoundView } from '../pages/not-found-view.tsx';

/**
 * What a signed-out visitor meets: what Voxly does, in their language (switchable here,
 * before any account), with the sign-in beside it (on a phone, right under the title). At an
 * address that is none of the app's pages, the visitor is told so instead, with a link home.
 */
export function SignedOutLanding({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  if (!isWebRoute(window.location.pathname)) {
    return (
      <>
        <VisitorHeader />
        <NotFoundView home={<a href="/">{t('notFound.home')}</a>} />
      </>
    );
  }
  const points = ['tailored', 'fit', 'time', 'feedback', 'languages'] as const;
  return (
    <>
      <VisitorHeader home />
      <main id="main" className="page landing">
        <section className="landing-pitch" aria-labelledby="landing-title">
          <h1 id="landing-title">{t('landing.title')}</h1>
          <p className="lead">{t('landing.lead')}</p>
        </section>
        {/* Before the points in the page's order: on a phone, the sign-in is on the first screen. */}
        <div className="landing-sign-in">{children}</div>
        <div className="landing-more">
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
        </div>
      </main>
    </>
  );
}
