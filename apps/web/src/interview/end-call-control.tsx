import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** "End interview", asked once more before it ends anything; both rooms show it. */
export function EndCallControl({ pending, onConfirm }: { pending: boolean; onConfirm: () => void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  // Focus follows the swap only when the candidate made it (not on the room's first render):
  // the pressed button disappears, and focus must not fall back to the page's start.
  const swapped = useRef(false);
  const endButton = useRef<HTMLButtonElement>(null);
  const keepGoing = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!swapped.current) return;
    // The safe answer takes focus: pressing Enter twice must not end a paid interview.
    (confirming ? keepGoing : endButton).current?.focus();
  }, [confirming]);
  const swap = (next: boolean) => {
    swapped.current = true;
    setConfirming(next);
  };
  if (!confirming) {
    return (
      <button type="button" ref={endButton} className="secondary danger" onClick={() => swap(true)}>
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
      <button type="button" ref={keepGoing} className="secondary" onClick={() => swap(false)}>
        {t('room.keepGoing')}
      </button>
    </span>
  );
}
