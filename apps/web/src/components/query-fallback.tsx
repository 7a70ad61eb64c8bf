import { useTranslation } from 'react-i18next';

/** What a page shows while its data loads, or why it could not (the server's words). */
export function QueryFallback({ query }: { query: { error: { message: string } | null } }) {
  const { t } = useTranslation();
  if (query.error)
    return (
      <p className="page error" role="alert">
        {query.error.message}
      </p>
    );
  return <p className="page muted">{t('common.loading')}</p>;
}
