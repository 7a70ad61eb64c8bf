import type { TranscriptTurn } from '@voxly/prompts';
import type { ReplyOutcome } from './model-reply.ts';
import type { SessionMetrics } from './session-ports.ts';

/** Starts one model reply with its own abort signal, sending its text wherever `onText` says. */
export type StartReply = (signal: AbortSignal, onText: (text: string) => void) => Promise<ReplyOutcome>;

interface Speculating {
  key: string;
  controller: AbortController;
  /** Text the model produced before anyone asked for it: held, never sent from here. */
  held: string[];
  forward: ((text: string) => void) | null;
  outcome: Promise<ReplyOutcome>;
  failed: boolean;
}

/**
 * What a reply would be built from: the transcript's length and what the candidate said
 * since our last line. Two transcripts with the same key get the same reply.
 */
export function replyKey(transcript: readonly TranscriptTurn[]): string {
  let lastAgent = transcript.length - 1;
  while (lastAgent >= 0 && transcript[lastAgent]?.role !== 'agent') lastAgent -= 1;
  return `${transcript.length}\u0000${transcript
    .slice(lastAgent + 1)
    .map((t) => t.content)
    .join('\u0000')}`;
}

/**
 * Whether the candidate's turn looks complete on an `update_only`: Retell says the agent's
 * turn is next, or (without that hint) the candidate's last words end a sentence.
 */
export function turnLooksComplete(transcript: readonly TranscriptTurn[], turntaking: string | undefined): boolean {
  const last = transcript.at(-1);
  if (last?.role !== 'user' || !last.content.trim()) return false;
  if (turntaking === 'agent_turn') return true;
  if (turntaking === 'user_turn') return false;
  return /[.!?…。]["»”’)]*\s*$/.test(last.content);
}

/**
 * Preemptive replies: while the candidate is still finishing, start the reply to what they
 * have said, hold its words, and hand them over at once when Retell asks for the reply to
 * exactly that transcript. When the transcript moves on the request is aborted; nothing
 * held is ever sent for another transcript. At most `perTurn` requests per candidate turn.
 */
export class Speculation {
  private current: Speculating | null = null;
  private turn = -1;
  private startedThisTurn = 0;

  constructor(
    private readonly perTurn: number,
    private readonly metrics: SessionMetrics,
  ) {}

  /** Start replying to `key` (the candidate's `turn`-th turn), unless it is already under way or the turn's budget is spent. */
  begin(turn: number, key: string, start: StartReply): void {
    if (this.current?.key === key) return;
    this.drop();
    if (turn !== this.turn) {
      this.turn = turn;
      this.startedThisTurn = 0;
    }
    if (this.startedThisTurn >= this.perTurn) return;
    this.startedThisTurn += 1;
    const controller = new AbortController();
    const speculating: Speculating = {
      key,
      controller,
      held: [],
      forward: null,
      outcome: Promise.resolve({ kind: 'aborted' }),
      failed: false,
    };
    speculating.outcome = start(controller.signal, (text) =>
      speculating.forward ? speculating.forward(text) : speculating.held.push(text),
    );
    void speculating.outcome.then((outcome) => {
      if (outcome.kind === 'failed') speculating.failed = true;
    });
    this.current = speculating;
    this.metrics.speculation('started');
  }

  /** The transcript is no longer `key`'s: what was started for it is dropped. */
  moveTo(key: string): void {
    if (this.current && this.current.key !== key) this.drop();
  }

  /** A speculation for exactly `key` is under way and has not failed. */
  holds(key: string): boolean {
    return this.current?.key === key && !this.current.failed;
  }

  /**
   * Retell asks for the reply to `key`: if the speculation answered exactly that (and has
   * not failed), its held words go to `onText` now and the rest as they come.
   */
  claim(key: string, onText: (text: string) => void): { outcome: Promise<ReplyOutcome>; controller: AbortController } | null {
    const speculating = this.current;
    if (!speculating || speculating.key !== key || speculating.failed) {
      this.drop();
      return null;
    }
    this.current = null;
    for (const text of speculating.held.splice(0)) onText(text);
    speculating.forward = onText;
    this.metrics.speculation('used');
    return { outcome: speculating.outcome, controller: speculating.controller };
  }

  drop(): void {
    const speculating = this.current;
    if (!speculating) return;
    this.current = null;
    speculating.controller.abort();
    this.metrics.speculation('dropped');
  }
}
