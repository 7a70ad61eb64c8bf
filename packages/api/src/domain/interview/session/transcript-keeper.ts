import type { TranscriptTurn } from '@voxly/prompts';
import type { Clock } from '../clock.ts';
import { answersOf, mergeTranscript, splitTranscript, type TwoSidedTranscript } from '../spoken-lines.ts';
import { acceptTranscript, candidateSpoke, normaliseTranscript, type StoredTurn } from '../transcript.ts';
import { FirstTime } from './first-time.ts';
import type { SessionLogger, SessionStore } from './session-ports.ts';

interface KeeperDeps {
  store: Pick<SessionStore, 'saveTranscript' | 'markAnswered' | 'markReplied'>;
  clock: Clock;
  logger: SessionLogger;
  saveIntervalMs: number;
  /** Nothing more is saved on a schedule once the call is over here. */
  isOver(): boolean;
}

interface KeptCall {
  id: string;
  callId: string;
  transcript: StoredTurn[];
  firstAnswerAt: Date | null;
  firstReplyAt: Date | null;
}

/**
 * What was said in a call, and its saving. Two sources, never mixed up: the candidate's
 * turns from the peer's transcript (taken unless they would erase history), and our own
 * record of every line we spoke (ADR 0020); the transcript is the two merged in order. The
 * first answer and the first model reply are recorded once; writes are throttled and
 * strictly in order (an older save never lands after a newer one).
 */
export class TranscriptKeeper {
  private said: TwoSidedTranscript;
  private merged: StoredTurn[];
  /** The candidate's turns so far, drafts left out: what a resumed call starts from. */
  private settled: StoredTurn[];
  /**
   * How many of the candidate's turns are finished: a reply was asked for after them, or we
   * spoke after them. A later turn is a draft (Retell's `update_only`, a pause in speech) that
   * may still grow; it is never saved as said, so a reload does not send half an answer.
   */
  private finishedAnswers: number;
  private readonly answer: FirstTime;
  private readonly reply: FirstTime;
  private savedLength = -1;
  private saving: Promise<void> = Promise.resolve();
  private cancelScheduled: (() => void) | null = null;

  constructor(
    private readonly call: KeptCall,
    private readonly deps: KeeperDeps,
  ) {
    // What was stored was written by a server: its agent turns are our own lines.
    this.said = splitTranscript(call.transcript);
    this.finishedAnswers = this.said.answers.length;
    this.merged = mergeTranscript(this.said);
    this.settled = this.merged;
    this.answer = new FirstTime(call.firstAnswerAt);
    this.reply = new FirstTime(call.firstReplyAt);
  }

  /** What was said so far, in order: our lines as we spoke them, the candidate's turns as the peer heard them. */
  get turns(): TranscriptTurn[] {
    return this.merged;
  }

  /** What a resumed call starts from: every line and every finished turn, without a draft still being said. */
  get settledTurns(): TranscriptTurn[] {
    return this.settled;
  }

  /** The candidate's unfinished last turn, if any: a reload hands it back to the answer box. */
  get draft(): string | null {
    if (this.said.answers.length <= this.finishedAnswers) return null;
    return this.said.answers.at(-1)?.content.trim() || null;
  }

  /** How many turns the candidate has taken: a line we speak now comes after them. */
  get answerCount(): number {
    return this.said.answers.length;
  }

  /** How many lines we have spoken, the greeting included: only we can start a new turn (the preemptive-reply budget counts them). */
  get lineCount(): number {
    return this.said.lines.length;
  }

  get firstAnswerAt(): Date | null {
    return this.answer.at;
  }

  get firstReplyAt(): Date | null {
    return this.reply.at;
  }

  /**
   * The candidate's turns of the peer's transcript, unless they would erase history; the
   * first words heard are recorded once. `finished`: a reply is asked for (the turn is over),
   * not a transcript update while the candidate may still be speaking.
   */
  take(incoming: Parameters<typeof normaliseTranscript>[0], turn: 'finished' | 'in_progress'): void {
    const answers = acceptTranscript(this.said.answers, answersOf(normaliseTranscript(incoming)));
    if (turn === 'finished') this.finishedAnswers = answers.length;
    if (answers !== this.said.answers || turn === 'finished') this.update({ ...this.said, answers });
    if (!candidateSpoke(answers)) return;
    this.answer.mark(
      this.deps.clock.now(),
      (at) => this.deps.store.markAnswered(this.call.id, at),
      (error) => this.deps.logger.error({ err: error, callId: this.call.callId }, 'could not record the first answer'),
    );
  }

  /**
   * We spoke `content` after the candidate's first `afterAnswers` turns (by default, all
   * so far): our record of it, whatever the peer later says we said.
   */
  spoke(content: string, afterAnswers = this.answerCount): void {
    const line = content.trim();
    if (!line) return;
    const after = Math.min(afterAnswers, this.answerCount);
    // A line spoken after a turn answers it: that turn is finished.
    this.finishedAnswers = Math.max(this.finishedAnswers, after);
    this.update({ ...this.said, lines: [...this.said.lines, { afterAnswers: after, content: line }] });
  }

  /** A model's words went out: the call is no longer free to refund even if the candidate never speaks. */
  modelReplied(): void {
    this.reply.mark(
      this.deps.clock.now(),
      (at) => this.deps.store.markReplied(this.call.id, at),
      (error) => this.deps.logger.error({ err: error, callId: this.call.callId }, 'could not record the first model reply'),
    );
  }

  /** Waits for the first answer's and first reply's records (an ending's refund rule reads them). */
  async recorded(): Promise<void> {
    await Promise.all([this.answer.written(), this.reply.written()]);
  }

  get unsaved(): boolean {
    return this.settled.length !== this.savedLength;
  }

  /** Saves what a resumed call starts from now, after any save in flight (the call's end stores every word). */
  saveNow(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const transcript = this.settled;
    this.savedLength = transcript.length;
    this.saving = this.saving
      .then(() => this.deps.store.saveTranscript(this.call.id, transcript))
      .catch((error: unknown) => this.deps.logger.warn({ err: error, callId: this.call.callId }, 'could not save the transcript'));
  }

  /** Saves soon (throttled): a restart or another instance resumes from it. The first exchange is saved at once. */
  saveSoon(): void {
    if (this.cancelScheduled) return;
    const save = () => {
      this.cancelScheduled = null;
      if (this.deps.isOver() || !this.unsaved) return;
      this.saveNow();
    };
    if (this.savedLength < 0) return save();
    this.cancelScheduled = this.deps.clock.schedule(this.deps.saveIntervalMs, save);
  }

  /** Every save asked for so far has been written (or has failed and been logged). */
  flushed(): Promise<void> {
    return this.saving;
  }

  cancelScheduledSave(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
  }

  private update(said: TwoSidedTranscript): void {
    this.said = said;
    this.merged = mergeTranscript(said);
    const finished = Math.min(this.finishedAnswers, said.answers.length);
    this.settled = finished === said.answers.length ? this.merged : mergeTranscript({ ...said, answers: said.answers.slice(0, finished) });
  }
}
