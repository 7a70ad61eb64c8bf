import { useTranslation } from 'react-i18next';
import { recordingNoticeId } from './recording-notice.tsx';
import type { RecorderPhase } from './use-answer-recorder.ts';

/**
 * "Record on this device", showing what the recorder does (the notice's source too): ticked
 * while it asks for the microphone or records; where it cannot record, unticked and disabled,
 * described by the notice that says why.
 */
export function RecordToggle({ phase, onChange }: { phase: RecorderPhase; onChange: (record: boolean) => void }) {
  const { t } = useTranslation();
  const unavailable = phase === 'unavailable';
  return (
    <label className="toggle" title={unavailable ? t('recording.roomUnavailableShort') : undefined}>
      <input
        type="checkbox"
        checked={phase === 'starting' || phase === 'recording'}
        disabled={unavailable}
        aria-describedby={unavailable ? recordingNoticeId : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      {t('recording.toggle')}
    </label>
  );
}
