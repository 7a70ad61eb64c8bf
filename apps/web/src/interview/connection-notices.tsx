import { useTranslation } from 'react-i18next';

/** The call is trying to come back (its socket, or the browser's network, dropped); both rooms show it. */
export function ReconnectingNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice" role="status" data-testid="reconnecting">
      {t('room.reconnecting')}
    </p>
  );
}
