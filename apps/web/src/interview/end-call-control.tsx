import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "End interview", asked once more before it ends anything; both rooms show it. */
export function EndCallControl({ pending, onConfirm }: { pending: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="secondary danger" onClick={() => setConfirming(true)}>
        {t('room.endInterview')}
      </button>
    );
  }
  return (
    <span className="confirm-end" role="group" aria-label={t('room.confirmEnd')}>
      <span>{t('room.confirmEnd')}</span>
      <button type="button" className="secondary danger" disabled={pending} onClick={onConfirm}>
        {t('room.confirmEndYes')}
      </button>
      <button type="button" className="secondary" onClick={() => setConfirming(false)}>
        {t('room.keepGoing')}
      </button>
    </span>
  );
}
