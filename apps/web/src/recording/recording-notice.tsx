import { useTranslation } from 'react-i18next';
import type { RecorderPhase } from './use-answer-recorder.ts';

/** The notice's short line, which the record toggle points at when it cannot record. */
export const recordingNoticeId = 'recording-notice-short';

/**
 * What is recorded and where it stays, said while the call runs: one short line, so the
 * conversation keeps the screen, with the whole of it a press away ("More").
 */
export function RecordingNotice({ phase }: { phase: RecorderPhase | 'retell' }) {
  const { t } = useTranslation();
  const { short, full } = {
    off: { short: t('recording.roomOffShort'), full: t('recording.roomOff') },
    starting: { short: t('recording.roomStartingShort'), full: t('recording.roomStarting') },
    recording: { short: t('recording.roomNoticeShort'), full: t('recording.roomNotice') },
    unavailable: { short: t('recording.roomUnavailableShort'), full: t('recording.roomUnavailable') },
    retell: { short: t('recording.roomRetellShort'), full: t('recording.roomRetell') },
  }[phase];
  return (
    <details className="notice recording-notice" data-recorder={phase}>
      <summary aria-live="polite">
        <span className="recording-short" id={recordingNoticeId}>
          {short}
        </span>
        <span className="recording-more" aria-hidden="true">
          {t('recording.more')}
        </span>
      </summary>
      <p>{full}</p>
    </details>
  );
}
