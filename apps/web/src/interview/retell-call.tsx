import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RetellWebClient } from 'retell-client-js-sdk';

type Phase = 'idle' | 'starting' | 'live' | 'ended';
interface Turn {
  role: 'agent' | 'user';
  content: string;
}

/** Device errors in plain words; anything else is shown as the SDK reported it. */
function deviceProblem(error: unknown): 'micDenied' | 'micMissing' | null {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'micDenied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'micMissing';
  return null;
}

/**
 * With Retell configured the call is Retell's: `RetellWebClient` starts it with the access
 * token from interview.create, asks for the microphone, and streams the live transcript.
 * Loaded only in Retell mode (the SDK brings a WebRTC stack).
 */
export default function RetellCall({ accessToken, onEnded }: { accessToken: string | null; onEnded: () => void }) {
  const { t } = useTranslation();
  const client = useRef<RetellWebClient | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [transcript, setTranscript] = useState<Turn[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const retell = new RetellWebClient();
    client.current = retell;
    retell.on('call_started', () => setPhase('live'));
    retell.on('call_ended', () => {
      setPhase('ended');
      onEnded();
    });
    retell.on('update', (update: { transcript?: Turn[] }) => {
      if (update.transcript) setTranscript(update.transcript);
    });
    retell.on('error', (e: unknown) => {
      setError(t('room.callFailed', { error: String((e as Error)?.message ?? e) }));
      retell.stopCall();
    });
    return () => {
      retell.removeAllListeners();
      retell.stopCall();
    };
  }, [onEnded, t]);

  const start = async () => {
    if (!accessToken || !client.current) return;
    setPhase('starting');
    setError(null);
    try {
      await client.current.startCall({ accessToken });
    } catch (e) {
      const problem = deviceProblem(e);
      setError(problem ? t(`room.${problem}`) : t('room.callFailed', { error: (e as Error).message }));
      setPhase('idle');
    }
  };

  return (
    <section aria-label={t('room.interview')}>
      {phase === 'idle' && !accessToken && <p className="card">{t('room.callExpired')}</p>}
      {phase === 'idle' && accessToken && (
        <div className="card">
          <p>{t('room.retellIntro')}</p>
          <button type="button" onClick={() => void start()}>
            {t('room.startCall')}
          </button>
        </div>
      )}
      {phase === 'starting' && <p className="muted">{t('room.starting')}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ol className="transcript" aria-live="polite">
        {transcript.map((turn, i) => (
          <li key={i} className={turn.role}>
            <span className="who">{turn.role === 'agent' ? t('room.interviewer') : t('room.you')}</span>
            <p>{turn.content}</p>
          </li>
        ))}
      </ol>
      {phase === 'live' && (
        <button type="button" className="secondary danger" onClick={() => client.current?.stopCall()}>
          {t('room.endInterview')}
        </button>
      )}
    </section>
  );
}
