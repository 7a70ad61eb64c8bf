import { useTranslation } from 'react-i18next';
import { VisitorHeader } from '../components/visitor-header.tsx';

/** A link that opens no report (malformed, unknown, turned off): said plainly, in the UI's language, with the way home. */
export function SharedGone() {
  const { t } = useTranslation();
  return (
    <>
      <VisitorHeader />
      <main id="main" className="page" data-testid="shared-gone">
        <h1>{t('feedback.sharedGoneTitle')}</h1>
        <p>{t('feedback.sharedGone')}</p>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </main>
    </>
  );
}

/** The lookup failed on the way (network, server): nothing is known about the link, so try again. */
export function SharedUnreachable({ retry, retrying }: { retry: () => void; retrying: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <VisitorHeader />
      <main id="main" className="page">
        <div className="card" data-testid="shared-unreachable">
          <p role="alert">{t('feedback.sharedUnreachable')}</p>
          <button type="button" onClick={retry} disabled={retrying}>
            {t('common.tryAgain')}
          </button>
        </div>
        <p>
          <a href="/">{t('notFound.home')}</a>
        </p>
      </main>
    </>
  );
}
