import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trpc } from '../api/trpc.ts';

/**
 * Sharing a review, off by default: turning it on makes a read-only link (to show a mentor),
 * turning it off kills that link at once.
 */
export function ShareControls({ interviewId }: { interviewId: string }) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const sharing = trpc.feedback.sharing.useQuery({ interviewId });
  const onChange = (data: { token: string | null }) => utils.feedback.sharing.setData({ interviewId }, data);
  const share = trpc.feedback.share.useMutation({ onSuccess: onChange });
  const unshare = trpc.feedback.unshare.useMutation({ onSuccess: onChange });
  const [copied, setCopied] = useState(false);
  const token = sharing.data?.token ?? null;
  const link = token ? `${window.location.origin}/shared/${token}` : null;

  if (!link) {
    return (
      <button
        type="button"
        className="secondary"
        disabled={share.isPending || sharing.isPending}
        onClick={() => share.mutate({ interviewId })}
      >
        {t('feedback.share.on')}
      </button>
    );
  }
  return (
    <span className="share" role="group" aria-label={t('feedback.share.label')}>
      <input
        readOnly
        value={link}
        aria-label={t('feedback.share.label')}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="share-link"
      />
      <button
        type="button"
        className="secondary"
        onClick={() => {
          void navigator.clipboard?.writeText(link).then(() => setCopied(true));
        }}
      >
        {copied ? t('feedback.share.copied') : t('feedback.share.copy')}
      </button>
      <button type="button" className="secondary danger" disabled={unshare.isPending} onClick={() => unshare.mutate({ interviewId })}>
        {t('feedback.share.off')}
      </button>
    </span>
  );
}
