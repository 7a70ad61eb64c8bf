import { useTranslation } from 'react-i18next';

/**
 * A review that could not be written: said in the candidate's language (the server's reason is
 * for the logs, in English), with a retry while retries are left.
 */
export function FeedbackFailed({ canRetry, retrying, onRetry }: { canRetry: boolean; retrying: boolean; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="card" role="alert">
      <p>{t('feedback.failed')}</p>
      {canRetry ? (
        <button type="button" disabled={retrying} onClick={onRetry}>
          {retrying ? t('feedback.retrying') : t('feedback.retry')}
        </button>
      ) : (
        <p>{t('feedback.noRetry')}</p>
      )}
    </div>
  );
}
