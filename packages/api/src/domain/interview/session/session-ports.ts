import type { InterviewPolicy } from '@voxly/config';
import type { TranscriptTurn } from '@voxly/prompts';
import type { LanguageModelPort } from '../../../ports/language-model-port.ts';
import type { Clock } from '../clock.ts';
import type { EndReason } from '../end-reasons.ts';
import type { FitDecision } from '../fit-decision.ts';
import type { OutboundEvent } from '../retell-protocol.ts';

/** One live socket for the call. The session never knows whether it is Retell or a browser. */
export interface SessionTransport {
  send(event: OutboundEvent): void;
  close(code: number, reason: string): void;
}

export interface SessionLogger {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** Persistence the session needs; the server binds these to the database. */
export interface SessionStore {
  /** The first attach: starts the clock and records the socket. */
  markStarted(id: string, at: Date, connectionId: string): Promise<Date>;
  /** Every later attach, on any instance, is recorded too... */
  markConnected(id: string, connectionId: string): Promise<void>;
  /** ...so a dropped socket's grace timer can tell that the call came back elsewhere. */
  connectedElsewhere(id: string, connectionId: string): Promise<boolean>;
  /** The candidate's first words reached the server: recorded once (the refund rule reads it). */
  markAnswered(id: string, at: Date): Promise<void>;
  /** The first words of a model's reply went out: recorded once (the refund rule reads it too). */
  markReplied(id: string, at: Date): Promise<void>;
  saveTranscript(id: string, transcript: TranscriptTurn[]): Promise<void>;
  /** The fit check's decision, kept on the interview record with who decided it. */
  saveFitDecision(id: string, decision: FitDecision): Promise<void>;
  finish(input: {
    id: string;
    reason: EndReason;
    at: Date;
    transcript: TranscriptTurn[];
    answeredAt?: Date | undefined;
    repliedAt?: Date | undefined;
  }): Promise<unknown>;
}

export interface SessionTimings {
  /** A model that has not produced its first words by then is treated as failed. */
  firstChunkTimeoutMs: number;
  /** Added to that per 1,000 prompt tokens for a model on shared hardware (first-chunk-limit.ts); 0 for a hosted one. */
  prefillMsPer1kTokens: number;
  /** How long a dropped socket may take to come back before the call counts as ended. */
  reconnectGraceMs: number;
  /** After the closing line, how long the caller has to hang up before we close the socket. */
  hangUpGraceMs: number;
  judgeTimeoutMs: number;
  /**
   * At most one transcript write per call per this interval while it runs (the final
   * transcript is always written at the end): bounds database writes per turn, and what a
   * crash can lose.
   */
  transcriptSaveIntervalMs: number;
  /**
   * Model requests a call may start per candidate turn before Retell asks for the reply
   * (preemptive replies); 0 turns them off.
   */
  speculationsPerTurn: number;
}

export const defaultSessionTimings: SessionTimings = {
  firstChunkTimeoutMs: 20_000,
  prefillMsPer1kTokens: 0,
  reconnectGraceMs: 60_000,
  hangUpGraceMs: 20_000,
  judgeTimeoutMs: 30_000,
  transcriptSaveIntervalMs: 5_000,
  speculationsPerTurn: 1,
};

/** What a call reports about its latency; the server exports it (Prometheus), tests read it. */
export interface SessionMetrics {
  /** `response_required` received → first chunk sent; `preemptive` when a speculation answered it. */
  firstChunk(ms: number, preemptive: boolean): void;
  /** Model request started → its first chunk. */
  modelFirstToken(ms: number): void;
  /** A speculative request's fate: used for the reply, or dropped because the turn moved on. */
  speculation(outcome: 'started' | 'used' | 'dropped'): void;
}

export const noSessionMetrics: SessionMetrics = { firstChunk() {}, modelFirstToken() {}, speculation() {} };

export interface SessionDeps {
  llm: LanguageModelPort;
  store: SessionStore;
  clock: Clock;
  policy: InterviewPolicy;
  timings: SessionTimings;
  logger: SessionLogger;
  metrics?: SessionMetrics;
  /** Told once when the session has ended and let go of its socket. */
  onClosed(callId: string): void;
}

/** The call socket's close codes (the shared vocabulary's, packages/config/src/vocabulary/call-socket.ts). */
export { callSocketCloseCodes as closeCodes } from '@voxly/config';
