import { useTranslation } from 'react-i18next';
import { errorText, type FailedCall } from '../api/error-text.ts';

/** What is loading, said as a sentence beside a quiet pulse (announced once to screen readers). */
export function Loading({ text, page = false }: { text: string; page?: boolean }) {
  return (
    <p className={page ? 'page muted loading' : 'muted loading'} role="status">
      {text}
    </p>
  );
}

/** What a page shows while its data loads (a sentence saying what), or why it could not (the server's words). */
export function QueryFallback({ query, loading }: { query: { error: FailedCall | null }; loading: string }) {
  const { t } = useTranslation();
  if (query.error)
    return (
      <p className="page error" role="alert">
        {errorText(query.error, t)}
      </p>
    );
  return <Loading text={loading} page />;
}
