import type { InterviewMode } from '@voxly/config';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RetellWebClient } from 'retell-client-js-sdk';
import { trpc } from '../api/trpc.ts';
import { CallClock } from './call-clock.tsx';
import { ReconnectingNotice } from './connection-notices.tsx';
import { EndCallControl } from './end-call-control.tsx';
import { useLeaveGuard } from './use-leave-guard.ts';
import { useOnline } from './use-online.ts';

/** idle: not started here; joining: asking for a token; starting: connecting; live; gone: nothing left to join from here. */
type Phase = 'idle' | 'joining' | 'starting' | 'live' | 'gone' | 'ended';
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
 * With Retell configured the call is Retell's: Start asks interview.join for a token that works
 * now (a web call's token is short-lived), `RetellWebClient` starts the call with it, asks for
 * the microphone and streams the live transcript. The clock, its warnings, the reconnect notice
 * and the end confirmation are the browser room's own parts. Loaded only in Retell mode (the
 * SDK brings a WebRTC stack).
 */
export default function RetellCall({
  interview,
  onEnded,
}: {
  interview: {
    id: string;
    status: 'registered' | 'ongoing' | 'ended';
    startedAt: Date | null;
    lengthMinutes: number;
    interviewMode: InterviewMode;
  };
  onEnded: () => void;
}) {
  const { t } = useTranslation();
  const client = useRef<RetellWebClient | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [liveSince, setLiveSince] = useState<Date | null>(null);
  const [transcript, setTranscript] = useState<Turn[]>([]);
  const [error, setError] = useState<string | null>(null);
  const online = useOnline();
  const utils = trpc.useUtils();
  const join = trpc.interview.join.useMutation();
  const end = trpc.interview.end.useMutation({ onSettled: () => utils.interview.get.invalidate() });

  useEffect(() => {
    const retell = new RetellWebClient();
    client.current = retell;
    retell.on('call_started', () => {
      setPhase('live');
      setLiveSince(new Date());
    });
    retell.on('call_ended', () => {
      setPhase('ended');
      onEnded();
    });
    retell.on('update', (update: { transcript?: Turn[] }) => {
      if (update.transcript) setTranscript(update.transcript);
    });
    retell.on('error', (e: unknown) => {
      setError(t('room.callFailed', { error: String((e as Error)?.message ?? e) }));
      setPhase('idle');
      retell.stopCall();
    });
    return () => {
      retell.removeAllListeners();
      retell.stopCall();
    };
  }, [onEnded, t]);
  // The call's start is stamped when Retell reaches our socket: fetch it, to run the clock from there.
  useEffect(() => {
    if (phase === 'live' && !interview.startedAt) void utils.interview.get.invalidate();
  }, [phase, interview.startedAt, utils]);

  // A call the server saw start that this page does not hold (a reload, another tab) cannot be joined again from here.
  const shown: Phase = phase === 'idle' && interview.status === 'ongoing' ? 'gone' : phase;
  const inCall = shown === 'starting' || shown === 'live' || interview.status === 'ongoing';
  // Leaving ends this page's hold on the call (it cannot be joined again from another), so it asks first.
  useLeaveGuard(shown === 'starting' || shown === 'live', t('room.leaveCallWarning'));

  const start = async () => {
    if (!client.current) return;
    setPhase('joining');
    setError(null);
    try {
      const { accessToken } = await join.mutateAsync({ interviewId: interview.id });
      if (!accessToken) return setPhase('gone');
      setPhase('starting');
      await client.current.startCall({ accessToken });
    } catch (e) {
      const problem = deviceProblem(e);
      setError(problem ? t(`room.${problem}`) : t('room.callFailed', { error: (e as Error).message }));
      setPhase('idle');
    }
  };

  return (
    <section aria-label={t('room.interview')}>
      <div className="room-bar">
        <CallClock
          startedAt={interview.startedAt ?? liveSince}
          lengthMinutes={interview.lengthMinutes}
          coached={interview.interviewMode === 'coached'}
        />
        <EndCallControl
          pending={end.isPending}
          onConfirm={() => {
            client.current?.stopCall();
            end.mutate({ interviewId: interview.id });
          }}
        />
      </div>
      {!online && inCall && <ReconnectingNotice />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {/* A web call's media belongs to the page that started it; Retell offers no second join
          for a call under way, so this page says where the call is and how to end it. */}
      {shown === 'gone' && (
        <p className="card" data-testid="call-elsewhere">
          {t('room.callExpired', { end: t('room.endInterview') })}
        </p>
      )}
      {shown === 'idle' && (
        <div className="card">
          <p>{t('room.retellIntro')}</p>
          <button type="button" onClick={() => void start()}>
            {t('room.startCall')}
          </button>
        </div>
      )}
      {(shown === 'joining' || shown === 'starting') && <p className="muted">{t('room.starting')}</p>}
      {shown === 'ended' && <p className="muted">{t('room.wrappingUp')}</p>}
      <ol className="transcript" aria-live="polite" aria-label={t('room.transcript')}>
        {transcript.map((turn, i) => (
          <li key={i} className={turn.role}>
            <span className="who">{turn.role === 'agent' ? t('room.interviewer') : t('room.you')}</span>
            <p>{turn.content}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
