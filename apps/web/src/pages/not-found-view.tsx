import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What an address that is none of the app's pages shows, signed in or out, with the way home it is given. */
export function NotFoundView({ home }: { home: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main id="main" className="page" data-testid="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>{home}</p>
    </main>
  );
}
