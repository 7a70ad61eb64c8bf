import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <main className="page">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to="/">{t('common.backToDashboard')}</Link>
      </p>
    </main>
  );
}
