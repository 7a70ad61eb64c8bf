import { browserCallSocketPath } from '@voxly/config';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import { onDemand } from '../app/on-demand.tsx';
import { useWebAuth } from '../auth/auth-context.ts';
import { Loading, QueryFallback } from '../components/query-fallback.tsx';
import type { Messages } from '../i18n/en.ts';
import { fieldName } from '../i18n/field-name.ts';
import { CallClock } from '../interview/call-clock.tsx';
import { ReconnectingNotice } from '../interview/connection-notices.tsx';
import { EndCallControl } from '../interview/end-call-control.tsx';
import { interviewerLastWords } from '../interview/last-words.ts';
import { RoomOptions } from '../interview/room-options.tsx';
import { awaitingAnswer } from '../interview/room-state.ts';
import { useHasKeyboard } from '../interview/use-has-keyboard.ts';
import { useInterviewSocket } from '../interview/use-interview-socket.ts';
import { useKeptDraft } from '../interview/use-kept-draft.ts';
import { useLeaveGuard } from '../interview/use-leave-guard.ts';
import { useSpeechRecognition } from '../interview/use-speech-recognition.ts';
import { currentQuestionIndex } from '../recording/answer-timeline.ts';
import { RecordToggle } from '../recording/record-toggle.tsx';
import { RecordingNotice } from '../recording/recording-notice.tsx';
import { useAnswerRecorder } from '../recording/use-answer-recorder.ts';

function CallLoading() {
  const { t } = useTranslation();
  return <Loading text={t('loading.interview')} />;
}

// Retell's browser SDK (WebRTC) loads only for Retell calls.
const RetellCall = onDemand(() => import('../interview/retell-call.tsx').then((m) => m.default), CallLoading);

type Interview = RouterOutputs['interview']['get'];
type EndReason = keyof Messages['endings'];
/** Endings after which a credit may have come back, so the page says which it was. */
const mayBeRefunded: ReadonlySet<EndReason> = new Set(['candidate_ended', 'error', 'disconnected']);
/** A minute with nothing typed or heard after a question (longer than a call's pause: reading and typing take time). */
const silenceReminderMs = 60_000;

function Room({ interview, onEnded }: { interview: Interview; onEnded: () => void }) {
  const { t } = useTranslation();
  const utils = trpc.useUtils();
  const [voice, setVoice] = useState(true);
  const [listen, setListen] = useState(false);
  // A reload mid-answer: what the server heard of the unfinished turn, or what this tab kept of a typed one, comes back unsent.
  const [draft, setDraft] = useKeptDraft(interview.id, interview.draft);
  const hasKeyboard = useHasKeyboard();
  const auth = useWebAuth();
  const { state, answer, preview, remind, markEnded, stalled, askAgain } = useInterviewSocket({
    socketPath: interview.voiceMode === 'browser' ? browserCallSocketPath(interview.callId) : null,
    initialTranscript: interview.transcript,
    language: interview.language,
    voiceEnabled: voice,
    socketToken: auth.sessionToken,
  });
  const [record, setRecord] = useState(true);
  const recorder = useAnswerRecorder({
    interviewId: interview.id,
    enabled: record && state.phase !== 'ended' && state.phase !== 'failed',
    candidateTurnOpen: state.phase === 'live' && !state.agentTurn && !state.closing,
  });
  /** Sends the answer; on this device's recording, it ran from when the turn opened until now. */
  const sendAnswer = (text: string) => {
    const question = currentQuestionIndex(state.transcript);
    const sent = answer(text);
    if (sent) recorder.markAnswered(question);
    return sent;
  };
  const end = trpc.interview.end.useMutation({ onSettled: () => utils.interview.get.invalidate() });
  const scroller = useRef<HTMLOListElement>(null);
  const answerBox = useRef<HTMLTextAreaElement>(null);
  // Follow the conversation unless the candidate scrolled up to read: then leave them there,
  // and pin the latest question above the answer box (only then: otherwise it is the last bubble).
  const following = useRef(true);
  const [scrolledAway, setScrolledAway] = useState(false);
  const draftRef = useRef(draft);
  useLayoutEffect(() => {
    draftRef.current = draft;
  });
  const speech = useSpeechRecognition({
    language: interview.language,
    enabled: listen && state.phase === 'live',
    onText: (text) => setDraft((d) => (d ? `${d} ${text}` : text)),
    onPausing: () => preview(draftRef.current),
    onPause: () => {
      if (sendAnswer(draftRef.current)) setDraft('');
    },
  });

  // After every render (a new line, a streamed chunk, a line that grew when it completed).
  useLayoutEffect(() => {
    const list = scroller.current;
    if (list && following.current) list.scrollTop = list.scrollHeight;
  });
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
  // The call's clock starts when it first connects: fetch its start time then (counting from
  // the connection until the server's stamp arrives).
  useEffect(() => {
    if (state.phase === 'live' && !interview.startedAt) void utils.interview.get.invalidate();
  }, [state.phase, interview.startedAt, utils]);
  // Until the call has ended, leaving the room asks first (the call and its credit run on).
  useLeaveGuard(state.phase === 'live' || state.phase === 'connecting', t('room.leaveWarning'));
  // Silence after a question, nothing typed or heard: the interviewer offers to repeat or rephrase
  // (twice; then it moves on), as Retell does on a call. Any word in the answer box holds it off.
  const silentTurn = awaitingAnswer(state) && !draft.trim();
  useEffect(() => {
    if (!silentTurn) return;
    const timer = setTimeout(remind, silenceReminderMs);
    return () => clearTimeout(timer);
  }, [silentTurn, state.transcript.length, remind]);
  const liveSince = state.liveSince === null ? null : new Date(state.liveSince);
  const canType = state.phase === 'live' && !state.closing;
  // Entering the room (or coming back after a drop), the answer box takes focus, unless the
  // candidate has put it somewhere else meanwhile.
  useEffect(() => {
    if (canType && (document.activeElement === null || document.activeElement === document.body)) answerBox.current?.focus();
  }, [canType]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (sendAnswer(draft)) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
  };
  const waiting = state.agentTurn || state.phase !== 'live' || state.closing;
  const lastSaid = [...state.transcript].reverse().find((turn) => turn.role === 'agent')?.content ?? '';
  // The question in front of the candidate: what is being said now, else the last thing said.
  const current = state.streaming?.text ?? lastSaid;
  const jumpToLatest = () => {
    const list = scroller.current;
    if (list) list.scrollTop = list.scrollHeight;
    following.current = true;
    setScrolledAway(false);
    answerBox.current?.focus();
  };

  return (
    <section aria-label={t('room.interview')}>
      <div className="room-bar">
        <CallClock
          startedAt={interview.startedAt ?? liveSince}
          lengthMinutes={interview.lengthMinutes}
          coached={interview.interviewMode === 'coached'}
        />
        {/* Phones: the toggles fold behind one button, so the conversation keeps the screen. */}
        <RoomOptions>
          <label className="toggle">
            <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} /> {t('room.readAloud')}
          </label>
          <RecordToggle phase={recorder.phase} onChange={setRecord} />
          {speech.supported && (
            <label className="toggle">
              <input type="checkbox" checked={listen} onChange={(e) => setListen(e.target.checked)} /> {t('room.listen')}
            </label>
          )}
        </RoomOptions>
        <EndCallControl
          pending={end.isPending}
          onConfirm={() => {
            markEnded();
            end.mutate({ interviewId: interview.id });
          }}
        />
      </div>
      <RecordingNotice phase={recorder.phase} />
      {state.phase === 'connecting' && <p className="muted">{t('room.connecting')}</p>}
      {state.phase === 'ended' && <p className="muted">{t('room.wrappingUp')}</p>}
      {speech.listening && (
        <p className="muted" role="status">
          {t('room.listening')}
        </p>
      )}
      {state.error && (
        <p className="error" role="alert">
          {t('room.connectionLost')}{' '}
          <button type="button" className="secondary" onClick={() => window.location.reload()}>
            {t('room.rejoin')}
          </button>
        </p>
      )}
      {state.phase === 'connecting' && state.transcript.length > 0 && !state.error && <ReconnectingNotice />}
      {stalled && state.phase === 'live' && (
        <p className="notice" role="alert">
          {t('room.stalled')}{' '}
          <button type="button" className="secondary" onClick={askAgain}>
            {t('room.askAgain')}
          </button>
        </p>
      )}
      <ol
        className="transcript"
        ref={scroller}
        tabIndex={0}
        aria-label={t('room.transcript')}
        onScroll={(event) => {
          const list = event.currentTarget;
          following.current = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
          setScrolledAway(!following.current);
        }}
      >
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
      <form className="answer" onSubmit={send}>
        {/* Screen readers hear each finished question, wherever the conversation is scrolled. */}
        <p className="visually-hidden" aria-live="polite" aria-atomic="true">
          {lastSaid}
        </p>
        {/* Scrolled up to read, the candidate still sees the question they are answering, whole;
            a press brings the conversation back to it. */}
        {scrolledAway && current && (
          <button type="button" className="current-question" onClick={jumpToLatest}>
            <span className="who">{t('room.currentQuestion')}</span>
            <span className="question-text">{current}</span>
          </button>
        )}
        <label htmlFor="answer" className="visually-hidden">
          {t('room.yourAnswer')}
        </label>
        <div className="answer-row">
          <textarea
            id="answer"
            ref={answerBox}
            rows={2}
            value={draft}
            maxLength={5_000}
            disabled={!canType}
            placeholder={waiting ? t('room.speaking') : hasKeyboard ? t('room.typeHint') : t('room.typeHintShort')}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" disabled={waiting || !draft.trim()}>
            {t('room.send')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function InterviewRoomPage() {
  const { t } = useTranslation();
  const { interviewId } = useParams<{ interviewId: string }>();
  // Once the call has ended here, poll briefly until the server has stored how it ended.
  const [ending, setEnding] = useState(false);
  const onEnded = useCallback(() => setEnding(true), []);
  const utils = trpc.useUtils();
  const interview = trpc.interview.get.useQuery(
    { interviewId },
    // Ended: done. Ending: until the server has stored how. Live without a start time yet: until the clock can run.
    {
      refetchInterval: (q) => {
        const data = q.state.data;
        if (data?.status === 'ended') return false;
        // The start is stamped just after the socket connects, so a fetch may come before it.
        if (ending || !data?.startedAt) return 1_000;
        return 15_000;
      },
      // Coming back (Forward, the rejoin banner), the room starts from the conversation as it is now, not as it was cached.
      refetchOnMount: 'always',
    },
  );
  const ended = interview.data?.status === 'ended';
  // The rejoin banner and the history hear at once that this interview is over.
  useEffect(() => {
    if (ended) void utils.interview.list.invalidate();
  }, [ended, utils]);
  if (interview.isPending || interview.error || !interview.isFetchedAfterMount)
    return <QueryFallback query={interview} loading={t('loading.interview')} />;
  const data = interview.data;
  const reason: EndReason = data.endReason ?? 'completed';
  const lastWords = reason === 'never_started' ? undefined : interviewerLastWords(data.transcript);
  return (
    <main className={ended ? 'page room-page' : 'page room-page room-live'}>
      {/* On a phone the live room's heading is one line; the whole title stays in the text and on hover. */}
      <h1 title={data.jobTitle}>{data.jobTitle}</h1>
      <p className="muted">
        {data.field === 'general'
          ? t('room.interviewGeneral', { name: data.candidateName })
          : t('room.interviewWith', { field: fieldName(t, data.field), name: data.candidateName })}
      </p>
      {ended ? (
        <section className="card" aria-labelledby="ending-title">
          <h2 id="ending-title">{t(`endings.${reason}.title`)}</h2>
          <p>{t(`endings.${reason}.text`, { minutes: data.lengthMinutes })}</p>
          {reason === 'mismatch' && data.fitDecision && (
            // The check's own sentence, in the interview's language: it names what the role asks for.
            <p className="fit-reason">
              <span>{t('room.fitReason')}</span> <q lang={data.language}>{data.fitDecision.reason}</q>
            </p>
          )}
          {lastWords && (
            <figure className="last-words">
              <figcaption>{t('room.lastWords')}</figcaption>
              <blockquote lang={data.language}>{lastWords}</blockquote>
            </figure>
          )}
          {/* Whether it was charged, as the server's ledger says: cut-short endings may or may not be. */}
          {data.creditRefunded && reason !== 'never_started' && <p className="notice">{t('room.creditReturned')}</p>}
          {!data.creditRefunded && mayBeRefunded.has(reason) && (
            <p className="muted" data-testid="credit-used">
              {t('room.creditUsed')}
            </p>
          )}
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
        <>
          <RecordingNotice phase="retell" />
          <RetellCall interview={data} onEnded={onEnded} />
        </>
      )}
    </main>
  );
}
