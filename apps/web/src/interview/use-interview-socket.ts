import { callSocketCloseCodes } from '@voxly/config';
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState } from 'react';
import { awaitingAnswer, awaitingReply, initialRoomState, roomReducer, type RoomState, type Turn } from './room-state.ts';

/** No word from the interviewer for this long while it owes a reply: tell the candidate, offer to ask again. */
const stallAfterMs = 20_000;

/** Speaks a finished agent line where the browser can (Web Speech API); silent otherwise. */
function speak(text: string, language: string, enabled: boolean) {
  if (!enabled || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language;
  window.speechSynthesis.speak(utterance);
}

/**
 * Local mode: the browser is the call. It dials the interview's LLM socket and speaks
 * Retell's protocol: it sends `response_required` with the whole transcript after each
 * answer and assembles the streamed `response` chunks.
 */
export function useInterviewSocket(options: {
  socketPath: string | null;
  initialTranscript: Turn[];
  language: string;
  voiceEnabled: boolean;
  /** The sign-in's token for the socket, when the cookie does not carry it (Clerk). */
  socketToken?: () => Promise<string | null>;
}) {
  // A reload mid-call starts from the stored transcript.
  const [state, dispatch] = useReducer(roomReducer, options.initialTranscript, (transcript) => ({
    ...initialRoomState,
    transcript,
  }));
  const socketRef = useRef<WebSocket | null>(null);
  // The latest state and options for the socket's callbacks, written after each render.
  const stateRef = useRef(state);
  const voiceRef = useRef(options.voiceEnabled);
  const askAgainRef = useRef<() => void>(() => {});
  const tokenRef = useRef(options.socketToken);
  useLayoutEffect(() => {
    stateRef.current = state;
    voiceRef.current = options.voiceEnabled;
    tokenRef.current = options.socketToken;
  });
  // Which wait the stall timer last fired for: stalled while that same wait goes on.
  const waitKey = `${state.phase}/${state.agentTurn}/${state.closing}/${state.lastResponseId}/${state.transcript.length}/${state.streaming?.text.length ?? -1}`;
  const [stalledKey, setStalledKey] = useState<string | null>(null);
  const stalled = stalledKey === waitKey;

  /** Asks for the reply again with the whole transcript: the server answers a new connection's ids afresh. */
  const askAgain = useCallback(() => {
    const before: RoomState = stateRef.current;
    if (!awaitingReply(before) && !(before.agentTurn && before.transcript.at(-1)?.role === 'user')) return;
    dispatch({ type: 'ask-again' });
    socketRef.current?.send(
      JSON.stringify({ interaction_type: 'response_required', response_id: before.lastResponseId + 1, transcript: before.transcript }),
    );
  }, []);

  useEffect(() => {
    if (!options.socketPath) return;
    let attempts = 0;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const path = options.socketPath;
    const connect = async () => {
      const url = new URL(path, window.location.href);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      const token = await tokenRef.current?.().catch(() => null);
      if (token) url.searchParams.set('token', token);
      if (stopped) return;
      const socket = new WebSocket(url);
      socketRef.current = socket;
      socket.onopen = () => {
        attempts = 0;
        dispatch({ type: 'open', at: Date.now() });
      };
      socket.onmessage = (message) => {
        let event: {
          response_type?: string;
          response_id?: number;
          interrupt_id?: number;
          content?: string;
          content_complete?: boolean;
          end_call?: boolean;
        };
        try {
          event = JSON.parse(String(message.data)) as typeof event;
        } catch {
          return;
        }
        if (event.response_type !== 'response' && event.response_type !== 'agent_interrupt') return;
        const id = event.response_type === 'response' ? `r${event.response_id}` : `i${event.interrupt_id}`;
        const responseId = event.response_type === 'response' ? (event.response_id ?? 0) : stateRef.current.lastResponseId;
        dispatch({
          type: 'response',
          id,
          responseId,
          content: event.content ?? '',
          complete: event.content_complete === true,
          endCall: event.end_call === true,
        });
        // The server's first words on a connection (response 0). If the candidate's last answer
        // never got its reply (a reload or a drop mid-turn), ask for it again on this connection.
        if (event.response_type === 'response' && event.response_id === 0 && event.content_complete) {
          queueMicrotask(() => {
            if (awaitingReply(stateRef.current)) askAgainRef.current();
          });
        }
      };
      socket.onclose = (close) => {
        dispatch({ type: 'closed', code: close.code });
        const s = stateRef.current;
        if (stopped || close.code === callSocketCloseCodes.ended || s.closing || s.phase === 'ended') return;
        if (close.code === callSocketCloseCodes.replaced) return; // replaced by this call open in another tab
        attempts += 1;
        if (attempts > 5) return dispatch({ type: 'failed', message: 'The connection to the interviewer was lost.' });
        retry = setTimeout(() => void connect(), Math.min(8_000, 500 * 2 ** attempts));
      };
    };
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      socketRef.current?.close(1000);
    };
  }, [options.socketPath, options.language]);

  // Read each finished interviewer line aloud once, as the reducer records it (not lines restored on reload).
  const spoken = useRef(state.transcript.length);
  useEffect(() => {
    const added = state.transcript.slice(spoken.current);
    spoken.current = state.transcript.length;
    for (const turn of added) if (turn.role === 'agent') speak(turn.content, options.language, voiceRef.current);
  }, [state.transcript, options.language]);

  const answer = useCallback((text: string) => {
    const before = stateRef.current;
    dispatch({ type: 'user-said', text });
    const trimmed = text.trim();
    if (!trimmed || before.phase !== 'live' || before.agentTurn || before.closing) return false;
    const transcript = [...before.transcript, { role: 'user' as const, content: trimmed }];
    socketRef.current?.send(JSON.stringify({ interaction_type: 'response_required', response_id: before.lastResponseId + 1, transcript }));
    return true;
  }, []);

  /** The candidate said nothing after a question: ask for the interviewer's reminder, as Retell does on a call's silence. */
  const remind = useCallback(() => {
    const before = stateRef.current;
    if (!awaitingAnswer(before)) return;
    dispatch({ type: 'remind' });
    socketRef.current?.send(
      JSON.stringify({ interaction_type: 'reminder_required', response_id: before.lastResponseId + 1, transcript: before.transcript }),
    );
  }, []);

  /**
   * The candidate paused, maybe for good: show the server the answer so far (Retell's
   * `update_only` with its turn-taking hint), so it can start the reply before it is asked.
   */
  const preview = useCallback((text: string) => {
    const before = stateRef.current;
    const trimmed = text.trim();
    if (!trimmed || before.phase !== 'live' || before.agentTurn || before.closing) return;
    const transcript = [...before.transcript, { role: 'user' as const, content: trimmed }];
    socketRef.current?.send(JSON.stringify({ interaction_type: 'update_only', transcript, turntaking: 'agent_turn' }));
  }, []);

  useLayoutEffect(() => {
    askAgainRef.current = askAgain;
  });

  // A reply that does not come is never a silent dead end: any change to the wait restarts the timer.
  const waiting = state.agentTurn && state.phase === 'live' && !state.closing;
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setStalledKey(waitKey), stallAfterMs);
    return () => clearTimeout(timer);
  }, [waiting, waitKey]);

  const markEnded = useCallback(() => {
    dispatch({ type: 'ended' });
    socketRef.current?.close(1000);
    if ('speechSynthesis' in window) window.speechSynthesis.cancel();
  }, []);

  return { state, answer, preview, remind, markEnded, stalled, askAgain };
}
