import type { TranscriptTurn } from '@voxly/prompts';
import type { Clock } from '../clock.ts';
import { acceptTranscript, candidateSpoke, normaliseTranscript } from '../transcript.ts';
import type { SessionLogger, SessionStore } from './session-ports.ts';

interface KeeperDeps {
  store: Pick<SessionStore, 'saveTranscript' | 'markAnswered'>;
  clock: Clock;
  logger: SessionLogger;
  saveIntervalMs: number;
  /** Nothing more is saved on a schedule once the call is over here. */
  isOver(): boolean;
}

interface KeptCall {
  id: string;
  callId: string;
  voiceMode: string;
  transcript: TranscriptTurn[];
  firstAnswerAt: Date | null;
}

/**
 * What was said in a call, and its saving: the peer's transcript taken unless it would
 * erase history, the first words recorded once, writes throttled and strictly in order (an
 * older save never lands after a newer one).
 */
export class TranscriptKeeper {
  private transcript: TranscriptTurn[];
  private answeredAt: Date | null;
  /** The recording of the first answer, which an ending waits for. */
  private answering: Promise<void> = Promise.resolve();
  private savedLength = -1;
  private saving: Promise<void> = Promise.resolve();
  private cancelScheduled: (() => void) | null = null;
  /**
   * Our last complete line, until the peer's transcript shows it: in browser mode the
   * client only sends it back with the next answer, and a reload in between must still
   * show it. Not part of `transcript`, whose history rule it must not affect.
   */
  private lastSpoken: { afterTurns: number; content: string } | null = null;

  constructor(
    private readonly call: KeptCall,
    private readonly deps: KeeperDeps,
  ) {
    this.transcript = call.transcript;
    this.answeredAt = call.firstAnswerAt;
  }

  /** The transcript as the peer last sent it (what a model reply is built from). */
  get turns(): TranscriptTurn[] {
    return this.transcript;
  }

  /** What was said so far, our last line included. */
  get current(): readonly TranscriptTurn[] {
    const spoken = this.lastSpoken;
    if (!spoken || spoken.afterTurns !== this.transcript.length || this.transcript.at(-1)?.role === 'agent') return this.transcript;
    return [...this.transcript, { role: 'agent', content: spoken.content }];
  }

  get firstAnswerAt(): Date | null {
    return this.answeredAt;
  }

  /** The peer's transcript, unless it would erase history; the first words heard are recorded once. */
  take(incoming: Parameters<typeof normaliseTranscript>[0]): void {
    this.transcript = acceptTranscript(this.transcript, normaliseTranscript(incoming));
    if (this.answeredAt || !candidateSpoke(this.transcript)) return;
    const at = new Date(this.deps.clock.now());
    this.answeredAt = at;
    this.answering = this.deps.store
      .markAnswered(this.call.id, at)
      .catch((error: unknown) => this.deps.logger.error({ err: error, callId: this.call.callId }, 'could not record the first answer'));
  }

  /** Waits for the first answer's record (an ending's refund rule reads it). */
  answered(): Promise<void> {
    return this.answering;
  }

  rememberSpoken(content: string): void {
    // Retell reports every spoken line itself (and what was cut off); only the browser needs this.
    if (this.call.voiceMode !== 'browser' || !content.trim()) return;
    this.lastSpoken = { afterTurns: this.transcript.length, content: content.trim() };
  }

  get unsaved(): boolean {
    return this.current.length !== this.savedLength;
  }

  /** Saves now, after any save in flight. */
  saveNow(): void {
    this.cancelScheduled?.();
    this.cancelScheduled = null;
    const transcript = [...this.current];
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
}
