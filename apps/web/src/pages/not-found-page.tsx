import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { NotFoundView } from './not-found-view.tsx';

/** Signed in: the app's header stays, and home is the dashboard, a client-side link away. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <NotFoundView home={<Link to="/">{t('common.backToDashboard')}</Link>} />;
}
