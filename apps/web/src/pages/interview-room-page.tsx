import { interviewPolicy } from '@voxly/config';
import { useCallback, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import { trpc, type RouterOutputs } from '../api/trpc.ts';
import { formatClock } from '../interview/room-state.ts';
import { useInterviewSocket } from '../interview/use-interview-socket.ts';

type Interview = RouterOutputs['interview']['get'];

const endings: Record<string, { title: string; text: string }> = {
  time: { title: 'Time is up', text: 'The 15 minutes are over. Well done for going the distance.' },
  mismatch: {
    title: 'The interview ended early',
    text: 'The interviewer found that this role asks for a background quite different from your resume.',
  },
  completed: { title: 'Interview complete', text: 'The interviewer asked all of its questions.' },
  candidate_ended: { title: 'You ended the interview', text: 'If you had not answered anything yet, your credit was returned.' },
  error: { title: 'Something went wrong', text: 'The interview stopped because of a technical problem. If you had not answered yet, your credit was returned.' },
  disconnected: { title: 'The connection was lost', text: 'The call did not come back in time.' },
  never_started: { title: 'The interview never started', text: 'Your credit was returned.' },
};

function Clock({ startedAt }: { startedAt: Date | null }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, []);
  const elapsed = startedAt ? now - startedAt.getTime() : 0;
  const late = elapsed >= interviewPolicy.warningsAtMs[0];
  return (
    <span className={late ? 'clock late' : 'clock'} aria-label="Time left" role="timer">
      {formatClock(elapsed, interviewPolicy.maxDurationMs)}
    </span>
  );
}

function Room({ interview, onEnded }: { interview: Interview; onEnded: () => void }) {
  const utils = trpc.useUtils();
  const [voice, setVoice] = useState(true);
  const [draft, setDraft] = useState('');
  const { state, answer, markEnded } = useInterviewSocket({
    socketPath: interview.voiceMode === 'browser' ? `/llm-websocket/${interview.callId}` : null,
    initialTranscript: interview.transcript,
    language: interview.language,
    voiceEnabled: voice,
  });
  const end = trpc.interview.end.useMutation({ onSettled: () => utils.interview.get.invalidate() });
  const bottom = useRef<HTMLDivElement>(null);

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

  if (interview.voiceMode !== 'browser') {
    return <p className="card">This interview uses Retell voice, which this browser page does not support yet.</p>;
  }

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    if (answer(draft)) setDraft('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) send(event);
  };
  const waiting = state.agentTurn || state.phase !== 'live' || state.closing;

  return (
    <section aria-label="Interview">
      <div className="room-bar">
        <Clock startedAt={interview.startedAt} />
        <label className="toggle">
          <input type="checkbox" checked={voice} onChange={(e) => setVoice(e.target.checked)} /> Read the questions aloud
        </label>
        <button
          type="button"
          className="secondary danger"
          disabled={end.isPending}
          onClick={() => {
            markEnded();
            end.mutate({ interviewId: interview.id });
          }}
        >
          End interview
        </button>
      </div>
      {state.phase === 'connecting' && <p className="muted">Connecting to the interviewer…</p>}
      {state.phase === 'ended' && <p className="muted">Wrapping up the interview…</p>}
      {state.error && (
        <p className="error" role="alert">
          {state.error}
        </p>
      )}
      <ol className="transcript" aria-live="polite">
        {state.transcript.map((turn, i) => (
          <li key={i} className={turn.role}>
            <span className="who">{turn.role === 'agent' ? 'Interviewer' : 'You'}</span>
            <p>{turn.content}</p>
          </li>
        ))}
        {state.streaming && (
          <li className="agent streaming">
            <span className="who">Interviewer</span>
            <p>{state.streaming.text}</p>
          </li>
        )}
      </ol>
      <div ref={bottom} />
      <form className="answer" onSubmit={send}>
        <label htmlFor="answer">Your answer</label>
        <textarea
          id="answer"
          rows={4}
          value={draft}
          maxLength={5_000}
          disabled={state.phase !== 'live' || state.closing}
          placeholder={waiting ? 'The interviewer is speaking…' : 'Type your answer. Enter sends, Shift+Enter adds a line.'}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" disabled={waiting || !draft.trim()}>
          Send answer
        </button>
      </form>
    </section>
  );
}

export function InterviewRoomPage() {
  const { interviewId = '' } = useParams();
  // Once the call has ended here, poll briefly until the server has stored how it ended.
  const [ending, setEnding] = useState(false);
  const onEnded = useCallback(() => setEnding(true), []);
  const interview = trpc.interview.get.useQuery(
    { interviewId },
    { refetchInterval: (q) => (q.state.data?.status === 'ended' ? false : ending ? 500 : 15_000) },
  );
  if (interview.isPending) return <p className="page muted">Loading…</p>;
  if (interview.error) return <p className="page error" role="alert">{interview.error.message}</p>;
  const data = interview.data;
  const endingText = data.status === 'ended' ? (endings[data.endReason ?? ''] ?? endings.completed!) : null;
  return (
    <main className="page">
      <h1>{data.jobTitle}</h1>
      <p className="muted">
        {data.fieldName} interview · {data.candidateName}
      </p>
      {endingText ? (
        <section className="card" aria-labelledby="ending-title">
          <h2 id="ending-title">{endingText.title}</h2>
          <p>{endingText.text}</p>
          <p>
            <Link to="/">Back to the dashboard</Link>
          </p>
        </section>
      ) : (
        <Room interview={data} onEnded={onEnded} />
      )}
    </main>
  );
}
