import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRecording } from '../recording/use-device-recording.ts';

/**
 * Says where the recording the report plays from lives: the call provider's (only the owner
 * sees it, a shared link never carries it) or this browser's, with "forget" to delete it here.
 */
export function RecordingPanel({
  provider,
  device,
  onForget,
}: {
  provider: boolean;
  device: DeviceRecording;
  onForget: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<'idle' | 'forgetting' | 'forgotten' | 'failed'>('idle');
  const forget = () => {
    setState('forgetting');
    onForget().then(
      () => setState('forgotten'),
      () => setState('failed'),
    );
  };
  if (state === 'forgotten') {
    return (
      <p className="notice no-print" role="status" data-testid="recording-forgotten">
        {t('recording.forgotten')}
      </p>
    );
  }
  if (device.status === 'kept') {
    return (
      <section className="card no-print recording-panel" aria-labelledby="recording-heading" data-testid="device-recording">
        <h2 id="recording-heading">{t('recording.title')}</h2>
        <p>{t('recording.deviceNote', { date: device.deletedOn.toLocaleDateString(i18n.language, { dateStyle: 'long' }) })}</p>
        {state === 'failed' && (
          <p className="error" role="alert">
            {t('recording.forgetFailed')}
          </p>
        )}
        <button type="button" className="secondary danger" disabled={state === 'forgetting'} onClick={forget}>
          {t('recording.forget')}
        </button>
      </section>
    );
  }
  if (provider) {
    return (
      <p className="muted no-print" data-testid="provider-recording">
        {t('recording.providerNote')}
      </p>
    );
  }
  return null;
}
