import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useMicrophoneLevel } from './use-microphone-level.ts';

/**
 * Before the call, when it will be spoken: a microphone level meter and a speaker test. It
 * costs nothing and starts nothing; with browser voice a missing microphone only means the
 * answers are typed, with Retell the call needs one (`needsMicrophone`). The page owns the
 * microphone's state (`mic`), so a failed check can hold the Start button.
 */
export function DeviceCheck({
  language,
  needsMicrophone,
  mic,
}: {
  language: string;
  needsMicrophone: boolean;
  mic: ReturnType<typeof useMicrophoneLevel>;
}) {
  const { t } = useTranslation();
  const [spoke, setSpoke] = useState(false);
  const canSpeak = typeof window !== 'undefined' && 'speechSynthesis' in window;
  const state = mic.state;

  return (
    <section className="card device-check" aria-labelledby="device-check-title">
      <h2 id="device-check-title">{t('deviceCheck.title')}</h2>
      <p className="muted">{t(needsMicrophone ? 'deviceCheck.introVoice' : 'deviceCheck.intro')}</p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void mic.start()} disabled={state.kind === 'asking'}>
          {t('deviceCheck.testMicrophone')}
        </button>
        {canSpeak && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const line = new SpeechSynthesisUtterance(t('deviceCheck.sample'));
              line.lang = language;
              window.speechSynthesis.speak(line);
              setSpoke(true);
            }}
          >
            {t('deviceCheck.testSpeakers')}
          </button>
        )}
      </div>
      {state.kind === 'listening' && (
        <p role="status">
          <meter
            className="mic-level"
            min={0}
            max={0.3}
            value={Math.min(0.3, state.level)}
            aria-label={t('deviceCheck.level')}
            data-testid="mic-level"
          />{' '}
          {state.heard ? t('deviceCheck.heard') : t('deviceCheck.speakNow')}
        </p>
      )}
      {(state.kind === 'blocked' || state.kind === 'missing' || state.kind === 'failed') && (
        <p className="notice" role="alert" data-testid="mic-problem">
          {t(`deviceCheck.${state.kind}`)} {needsMicrophone ? t('deviceCheck.needed') : t('deviceCheck.typeInstead')}
        </p>
      )}
      {spoke && <p className="muted">{t('deviceCheck.heardSpeakers')}</p>}
    </section>
  );
}
