import { interviewPolicy } from '@voxly/config';
import { lazy, Suspense, useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import type { Messages } from '../i18n/en.ts';
import { formatClock } from '../interview/room-state.ts';
import { useInterviewSocket } from '../interview/use-interview-socket.ts';
import { useSpeechRecognition } from '../interview/use-speech-recognition.ts';
import { fieldName } from '../i18n/field-name.ts';
import { useWebAuth } from '../auth/auth-context.ts';

// Retell's browser SDK (WebRTC) loads only for Retell calls.
const RetellCall = lazy(() => import('../interview/retell-call.tsx'));

type Interview = RouterOutputs['interview']['get'];
type EndReason = keyof Messages['endings'];

function Clock({ startedAt }: { startedAt: Date | null }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  // The server stamps the start; a tick that predates it must not show more than 15:00.
  const elapsed = startedAt ? Math.max(0, now - startedAt.getTime()) : 0;
  const late = elapsed >= interviewPolicy.warningsAtMs[0];
  const minutesLeft = Math.ceil((interviewPolicy.maxDurationMs - elapsed) / 60_000);
  return (
    <span className={late ? 'clock late' : 'clock'} aria-label={t('room.timeLeft')} role="timer">
      {formatClock(elapsed, interviewPolicy.maxDurationMs)}
      {late && minutesLeft > 0 && <span className="clock-warning"> {t('room.warning', { minutes: minutesLeft })}</span>}
    </span>
  );
}

function Room({ interview, onEnded }: { interview: Interview; onEnded: () => void }) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const [voice, setVoice] = useState(true);
  const [listen, setListen] = useState(false);
  const [draft, setDraft] = useState('');
  const auth = useWebAuth();
  const { state, answer, markEnded } = useInterviewSocket({
    socketPath: interview.voiceMode === 'browser' ? `/llm-websocket/${interview.callId}` : null,
    initialTranscript: interview.transcript,
    language: interview.language,
    voiceEnabled: voice,
    socketToken: auth.socketToken,
  });
  const end = trpc.interview.end.useMutation({ onSettled: () => utils.interview.get.invalidate() });
  const bottom = useRef<HTMLDivElement>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const speech = useSpeechRecognition({
    language: interview.language,
    enabled: listen && state.phase === 'live',
    onText: (text) => setDraft((d) => (d ? `${d} ${text}` : text)),
    onPause: () => {
      if (answer(draftRef.current)) setDraft('');
    },
  });

  useEffect(() => {
    // Braces matter: newer browsers return a Promise from scrollIntoView, and an effect may only return a cleanup.
    void bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [state.transcript.length, state.streaming?.text]);
  // The interviewer said its closing line: hang up, as Retell's client would.
  useEffect(() => {
    if (state.closing && !state.streaming) {
      const timer = setTimeout(markEnded, 300);
      return () => clearTimeout(timer);
    }
  }, [state.closing, state.streaming, markEnded]);
  useEffect(() => {
    if (state.phase === 'ended') onEnded();
  }, [state.phase, onEnded]);
  // The call's clock starts when it first connects: fetch its start time then.
  useEffect(() => {
    if (state.phase === 'live' && !interview.startedAt) void utils.interview.get.invalidate();
  }, [state.phase, interview.startedAt, utils]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (answer(draft)) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
  };
  const waiting = state.agentTurn || state.phase !== 'live' || state.closing;

  return (
    <section aria-label={t('room.interview')}>
      <div className="room-bar">
        <Clock startedAt={interview.startedAt} />
        <label className="toggle">
          <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} /> {t('room.readAloud')}
        </label>
        {speech.supported && (
          <label className="toggle">
            <input type="checkbox" checked={listen} onChange={(e) => setListen(e.target.checked)} /> {t('room.listen')}
          </label>
        )}
        <button
          type="button"
          className="secondary danger"
          disabled={end.isPending}
          onClick={() => {
            markEnded();
            end.mutate({ interviewId: interview.id });
          }}
        >
          {t('room.endInterview')}
        </button>
      </div>
      {state.phase === 'connecting' && <p className="muted">{t('room.connecting')}</p>}
      {state.phase === 'ended' && <p className="muted">{t('room.wrappingUp')}</p>}
      {speech.listening && <p className="muted" role="status">{t('room.listening')}</p>}
      {state.error && (
        <p className="error" role="alert">
          {t('room.connectionLost')}
        </p>
      )}
      <ol className="transcript" aria-live="polite">
        {state.transcript.map((turn, i) => (
          <li key={i} className={turn.role}>
            <span className="who">{turn.role === 'agent' ? t('room.interviewer') : t('room.you')}</span>
            <p>{turn.content}</p>
          </li>
        ))}
        {state.streaming && (
          <li className="agent streaming">
            <span className="who">{t('room.interviewer')}</span>
            <p>{state.streaming.text}</p>
          </li>
        )}
      </ol>
      <div ref={bottom} />
      <form className="answer" onSubmit={send}>
        <label htmlFor="answer">{t('room.yourAnswer')}</label>
        <textarea
          id="answer"
          rows={4}
          value={draft}
          maxLength={5_000}
          disabled={state.phase !== 'live' || state.closing}
          placeholder={waiting ? t('room.speaking') : t('room.typeHint')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={waiting || !draft.trim()}>
          {t('room.send')}
        </button>
      </form>
    </section>
  );
}

export function InterviewRoomPage() {
  const { t } = useTranslation();
  const { interviewId = '' } = useParams();
  // interview.create hands Retell's one-time access token over in the navigation state.
  const accessToken = (useLocation().state as { accessToken?: string } | null)?.accessToken ?? null;
  // Once the call has ended here, poll briefly until the server has stored how it ended.
  const [ending, setEnding] = useState(false);
  const onEnded = useCallback(() => setEnding(true), []);
  const interview = trpc.interview.get.useQuery(
    { interviewId },
    { refetchInterval: (q) => (q.state.data?.status === 'ended' ? false : ending ? 500 : 15_000) },
  );
  if (interview.isPending) return <p className="page muted">{t('common.loading')}</p>;
  if (interview.error) return <p className="page error" role="alert">{interview.error.message}</p>;
  const data = interview.data;
  const reason = (data.endReason && data.endReason in t('endings', { returnObjects: true }) ? data.endReason : 'completed') as EndReason;
  const ended = data.status === 'ended';
  return (
    <main className="page">
      <h1>{data.jobTitle}</h1>
      <p className="muted">{t('room.interviewWith', { field: fieldName(t, data.field), name: data.candidateName })}</p>
      {ended ? (
        <section className="card" aria-labelledby="ending-title">
          <h2 id="ending-title">{t(`endings.${reason}.title`)}</h2>
          <p>{t(`endings.${reason}.text`)}</p>
          {data.creditRefunded && reason !== 'never_started' && <p className="notice">{t('room.creditReturned')}</p>}
          <p className="actions">
            {reason !== 'never_started' && (
              <Link className="button" to={`/feedback/${data.id}`}>
                {t('room.seeFeedback')}
              </Link>
            )}
            <Link to="/">{t('common.backToDashboard')}</Link>
          </p>
        </section>
      ) : data.voiceMode === 'browser' ? (
        <Room interview={data} onEnded={onEnded} />
      ) : (
        <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
          <RetellCall accessToken={accessToken} onEnded={onEnded} />
        </Suspense>
      )}
    </main>
  );
}
