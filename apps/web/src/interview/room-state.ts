/**
 * The interview room's state, driven by the same protocol events Retell would exchange:
 * a pure reducer, so the room's behaviour is tested without a socket.
 */
export interface Turn {
  role: 'agent' | 'user';
  content: string;
}

type RoomPhase = 'connecting' | 'live' | 'ended' | 'failed';

export interface RoomState {
  phase: RoomPhase;
  transcript: Turn[];
  /** The agent line being streamed, by response id (one at a time in practice). */
  streaming: { id: string; text: string } | null;
  /** The last response id we asked for; older responses are ignored. */
  lastResponseId: number;
  /** The agent is speaking or about to: the candidate waits. */
  agentTurn: boolean;
  /** The agent said its closing line with end_call. */
  closing: boolean;
  error: string | null;
  /** When this page's socket first went live (ms): the clock counts from it until the server's start time arrives. */
  liveSince: number | null;
}

export const initialRoomState: RoomState = {
  phase: 'connecting',
  transcript: [],
  streaming: null,
  lastResponseId: 0,
  agentTurn: true,
  closing: false,
  error: null,
  liveSince: null,
};

export type RoomEvent =
  | { type: 'open'; at?: number }
  | { type: 'response'; id: string; responseId: number; content: string; complete: boolean; endCall: boolean }
  | { type: 'user-said'; text: string }
  /** Ask for the reply again (after a reconnect or a reload with the candidate's answer unanswered, or a stall). */
  | { type: 'ask-again' }
  /** The candidate stayed silent after a question: the interviewer is asked for its reminder (Retell's `reminder_required`). */
  | { type: 'remind' }
  | { type: 'closed'; code: number }
  | { type: 'ended' }
  | { type: 'failed'; message: string };

export function roomReducer(state: RoomState, event: RoomEvent): RoomState {
  switch (event.type) {
    case 'open':
      return { ...state, phase: state.phase === 'ended' ? 'ended' : 'live', error: null, liveSince: state.liveSince ?? event.at ?? null };
    case 'response': {
      if (event.responseId < state.lastResponseId) return state; // a stale answer to an older question
      const text = (state.streaming?.id === event.id ? state.streaming.text : '') + event.content;
      if (!event.complete) return { ...state, streaming: { id: event.id, text }, agentTurn: true };
      const transcript = text.trim() ? [...state.transcript, { role: 'agent' as const, content: text }] : state.transcript;
      return { ...state, transcript, streaming: null, agentTurn: false, closing: state.closing || event.endCall };
    }
    case 'user-said': {
      const text = event.text.trim();
      if (!text || state.phase !== 'live' || state.agentTurn || state.closing) return state;
      return {
        ...state,
        transcript: [...state.transcript, { role: 'user', content: text }],
        lastResponseId: state.lastResponseId + 1,
        agentTurn: true,
      };
    }
    case 'ask-again':
      if (state.phase !== 'live' || state.closing || state.transcript.at(-1)?.role !== 'user') return state;
      return { ...state, lastResponseId: state.lastResponseId + 1, agentTurn: true, streaming: null };
    case 'remind':
      if (!awaitingAnswer(state)) return state;
      return { ...state, lastResponseId: state.lastResponseId + 1, agentTurn: true };
    case 'closed':
      if (state.phase === 'ended' || state.closing || event.code === 1000) return { ...state, phase: 'ended', streaming: null };
      return { ...state, phase: 'connecting' }; // a drop: reconnect
    case 'ended':
      return { ...state, phase: 'ended', streaming: null, agentTurn: false };
    case 'failed':
      return { ...state, phase: 'failed', error: event.message };
  }
}

/** Time left on the 15-minute clock, as the candidate sees it. */
export function formatClock(elapsedMs: number, maxMs: number): string {
  const left = Math.min(Math.ceil(maxMs / 1000), Math.max(0, Math.ceil((maxMs - elapsedMs) / 1000)));
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
}

/** The candidate spoke last and no reply is streaming: the interviewer owes an answer. */
export function awaitingReply(state: RoomState): boolean {
  return state.phase === 'live' && !state.closing && !state.streaming && state.transcript.at(-1)?.role === 'user';
}

/** The interviewer spoke last and is done: the candidate's turn, not yet begun. */
export function awaitingAnswer(state: RoomState): boolean {
  return state.phase === 'live' && !state.closing && !state.agentTurn && !state.streaming && state.transcript.at(-1)?.role === 'agent';
}
