import type { InterviewPolicy } from '@voxly/config';
import {
  beginMessage,
  congruencyJsonSchema,
  congruencyMessages,
  fitOfInterview,
  interviewerSystemPrompt,
  jobRequirements,
  spokenLines,
  timeNote,
  type InterviewerBrief,
  type TranscriptTurn,
} from '@voxly/prompts';
import { z } from 'zod';
import type { ChatMessage, LanguageModelPort } from '../../ports/language-model-port.ts';
import type { Clock } from './clock.ts';
import type { EndReason } from './end-reasons.ts';
import { decideFit, endsInterview, type FitDecision } from './fit-decision.ts';
import { clockDecision, congruencyTiming } from './interview-clock.ts';
import type { InterviewRecord } from './interview-store.ts';
import type { InboundEvent, OutboundEvent } from './retell-protocol.ts';
import { acceptTranscript, candidateSpoke, normaliseTranscript } from './transcript.ts';

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
  saveTranscript(id: string, transcript: TranscriptTurn[]): Promise<void>;
  /** The fit check's decision, kept on the interview record with who decided it. */
  saveFitDecision(id: string, decision: FitDecision): Promise<void>;
  finish(input: { id: string; reason: EndReason; at: Date; transcript: TranscriptTurn[]; answeredAt?: Date | undefined }): Promise<unknown>;
}

export interface SessionTimings {
  /** A model that has not produced its first words by then is treated as failed. */
  firstChunkTimeoutMs: number;
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
}

export const defaultSessionTimings: SessionTimings = {
  firstChunkTimeoutMs: 20_000,
  reconnectGraceMs: 60_000,
  hangUpGraceMs: 20_000,
  judgeTimeoutMs: 30_000,
  transcriptSaveIntervalMs: 5_000,
};

export interface SessionDeps {
  llm: LanguageModelPort;
  store: SessionStore;
  clock: Clock;
  policy: InterviewPolicy;
  timings: SessionTimings;
  logger: SessionLogger;
  /** Told once when the session has ended and let go of its socket. */
  onClosed(callId: string): void;
}

const congruencySchema = z.object({
  fits: z.boolean(),
  confidence: z.number().min(0).max(1),
  reason: z.string().max(1_000),
});

/** The model produced nothing in time: unlike a superseded or dropped stream, this is a failure. */
export class FirstChunkTimeoutError extends Error {
  constructor() {
    super('the language model did not answer in time');
    this.name = 'FirstChunkTimeoutError';
  }
}

/** Close codes: 1000 normal end; 4001 replaced by a newer connection for the same call. */
/** 1012 "service restart": Retell (and our browser client) reconnect, possibly to another instance. */
export const closeCodes = { ended: 1000, replaced: 4001, restarting: 1012 } as const;

/**
 * One interview call, driven by Retell's LLM WebSocket events. It owns the clock (from
 * the call's start, not the socket's), the congruency check, streaming with stale-response
 * cancellation, and every ending. State lives here and in the database, keyed by call id,
 * so a reconnecting socket (or another instance) picks up the same interview.
 */
export class InterviewSession {
  readonly callId: string;
  private transport: SessionTransport | null = null;
  private transcript: TranscriptTurn[];
  private startedAtMs: number | null;
  private latestResponseId = -1;
  private inflight: AbortController | null = null;
  private readonly warningsGiven = new Set<number>();
  private congruency: 'pending' | 'running' | 'done' = 'pending';
  private mismatch: FitDecision | null = null;
  private ended = false;
  private interruptId = 0;
  private readonly cancelTimers: (() => void)[] = [];
  private cancelDisconnectTimer: (() => void) | null = null;
  private savedTranscriptLength = -1;
  private cancelTranscriptSave: (() => void) | null = null;
  /** The turn being streamed, so a shutdown can let it finish. */
  private streaming: Promise<void> | null = null;
  /** This session's latest socket, as recorded in the database. */
  private connectionId: string | null = null;
  /** Transcript writes in order (see saveTranscriptNow). */
  private saving: Promise<void> = Promise.resolve();
  /** This process is shutting down: the call continues elsewhere, so nothing here ends it. */
  private handedOver = false;
  /** When this server first saw the candidate's words (from the database on a resume). */
  private answeredAt: Date | null;
  /** The recording of that first answer, which an ending waits for. */
  private answering: Promise<void> = Promise.resolve();
  /**
   * Our last complete line, until the peer's transcript shows it: in browser mode the
   * client only sends it back with the next answer, and a reload in between must still
   * show it. Not part of `transcript`, whose history rule it must not affect.
   */
  private lastSpoken: { afterTurns: number; content: string } | null = null;
  private readonly brief: InterviewerBrief;
  private readonly systemPrompt: string;
  private readonly lines;

  constructor(
    private readonly interview: InterviewRecord,
    private readonly deps: SessionDeps,
  ) {
    this.callId = interview.callId;
    this.transcript = interview.transcript;
    this.startedAtMs = interview.startedAt?.getTime() ?? null;
    this.answeredAt = interview.firstAnswerAt;
    const { candidateName, jobTitle, jobDescription, resumeText, field, language } = interview;
    this.brief = { candidateName, jobTitle, jobDescription, resumeText, field, language };
    this.systemPrompt = interviewerSystemPrompt(this.brief);
    this.lines = spokenLines[interview.language];
    // A resumed session must not repeat warnings it already spoke.
    for (const at of deps.policy.warningsAtMs) {
      const minutesLeft = Math.max(1, Math.round((deps.policy.maxDurationMs - at) / 60_000));
      if (this.transcript.some((t) => t.role === 'agent' && t.content.includes(this.lines.timeWarning(minutesLeft)))) {
        this.warningsGiven.add(at);
      }
    }
  }

  get userId(): string {
    return this.interview.userId;
  }

  /** A socket is attached right now. */
  get isConnected(): boolean {
    return this.transport !== null;
  }

  get isEnded(): boolean {
    return this.ended;
  }

  /** What was said so far, as this live session holds it (newer than the last save), our last line included. */
  get currentTranscript(): readonly TranscriptTurn[] {
    const spoken = this.lastSpoken;
    if (!spoken || spoken.afterTurns !== this.transcript.length || this.transcript.at(-1)?.role === 'agent') return this.transcript;
    return [...this.transcript, { role: 'agent', content: spoken.content }];
  }

  private rememberSpoken(content: string): void {
    // Retell reports every spoken line itself (and what was cut off); only the browser needs this.
    if (this.interview.voiceMode !== 'browser' || !content.trim()) return;
    this.lastSpoken = { afterTurns: this.transcript.length, content: content.trim() };
  }

  get elapsedMs(): number {
    return this.startedAtMs === null ? 0 : this.deps.clock.now() - this.startedAtMs;
  }

  /** A socket for this call opened (first connection or a reconnect). */
  attach(transport: SessionTransport): void {
    if (this.ended) {
      transport.close(closeCodes.ended, 'interview has ended');
      return;
    }
    if (this.handedOver) {
      transport.close(closeCodes.restarting, 'server restarting');
      return;
    }
    const previous = this.transport;
    this.transport = transport;
    if (previous) previous.close(closeCodes.replaced, 'replaced by a newer connection');
    // A new connection (a reload, a second tab, Retell reconnecting) numbers its responses
    // afresh: what the old one had in flight is dropped, and its ids mean nothing here now.
    this.inflight?.abort();
    this.inflight = null;
    this.latestResponseId = -1;
    this.cancelDisconnectTimer?.();
    this.cancelDisconnectTimer = null;

    transport.send({ response_type: 'config', config: { auto_reconnect: true, call_details: true } });
    const connectionId = crypto.randomUUID();
    this.connectionId = connectionId;
    const firstConnection = this.startedAtMs === null;
    if (!firstConnection) {
      this.deps.store
        .markConnected(this.interview.id, connectionId)
        .catch((error: unknown) => this.deps.logger.warn({ err: error, callId: this.callId }, 'could not record the connection'));
    }
    if (firstConnection) {
      const now = this.deps.clock.now();
      this.startedAtMs = now;
      this.deps.store.markStarted(this.interview.id, new Date(now), connectionId).then(
        (startedAt) => {
          // Another instance may have started it first: its start time is the truth.
          this.startedAtMs = Math.min(this.startedAtMs ?? Infinity, startedAt.getTime());
        },
        (error: unknown) => this.deps.logger.error({ err: error, callId: this.callId }, 'could not mark the call started'),
      );
      this.scheduleClock();
    } else if (this.cancelTimers.length === 0) {
      this.scheduleClock();
    }
    if (this.elapsedMs >= this.deps.policy.maxDurationMs) {
      this.endOnTime();
      return;
    }
    const greeted = this.transcript.some((t) => t.role === 'agent');
    const content = greeted ? '' : beginMessage(this.brief);
    transport.send({ response_type: 'response', response_id: 0, content, content_complete: true });
  }

  /** The socket closed. The call may come back (reconnect) within the grace period. */
  detach(transport: SessionTransport): void {
    if (this.transport !== transport) return;
    this.transport = null;
    this.inflight?.abort();
    if (this.ended || this.handedOver) {
      this.deps.onClosed(this.callId);
      return;
    }
    // A reload or a reconnect elsewhere resumes from the database: give it everything said.
    if (this.currentTranscript.length !== this.savedTranscriptLength) {
      this.cancelTranscriptSave?.();
      this.cancelTranscriptSave = null;
      this.saveTranscriptNow();
    }
    const connectionId = this.connectionId;
    this.cancelDisconnectTimer = this.deps.clock.schedule(this.deps.timings.reconnectGraceMs, () => {
      this.cancelDisconnectTimer = null;
      if (this.transport) return;
      // The call may have reconnected to another instance: then it is theirs, not over.
      const check = connectionId ? this.deps.store.connectedElsewhere(this.interview.id, connectionId) : Promise.resolve(false);
      check.then(
        (elsewhere) => {
          if (this.transport) return;
          if (elsewhere) this.letGo();
          else void this.finish('disconnected');
        },
        () => void this.finish('disconnected'),
      );
    });
  }

  handle(event: InboundEvent): void {
    switch (event.interaction_type) {
      case 'ping_pong':
        this.transport?.send({ response_type: 'ping_pong', timestamp: event.timestamp });
        return;
      case 'call_details':
        return;
      case 'update_only':
        this.takeTranscript(event.transcript);
        return;
      case 'response_required':
      case 'reminder_required':
        this.takeTranscript(event.transcript);
        this.respond(event.response_id, event.interaction_type === 'reminder_required' ? 'reminder' : 'turn');
        return;
    }
  }

  /** The peer's transcript, unless it would erase history; the first words heard are recorded once. */
  private takeTranscript(incoming: Parameters<typeof normaliseTranscript>[0]): void {
    this.transcript = acceptTranscript(this.transcript, normaliseTranscript(incoming));
    if (this.answeredAt || !candidateSpoke(this.transcript)) return;
    const at = new Date(this.deps.clock.now());
    this.answeredAt = at;
    this.answering = this.deps.store
      .markAnswered(this.interview.id, at)
      .catch((error: unknown) => this.deps.logger.error({ err: error, callId: this.callId }, 'could not record the first answer'));
  }

  /**
   * The interview was ended somewhere else (the API on another instance, Retell's webhook):
   * stop, store nothing more, and close the socket.
   */
  endedElsewhere(): void {
    if (this.ended) return;
    this.ended = true;
    this.stopTimers();
    const transport = this.transport;
    this.transport = null;
    transport?.close(closeCodes.ended, 'interview has ended');
    this.deps.onClosed(this.callId);
  }

  /**
   * Graceful shutdown: let the turn in flight finish (at most `graceMs`), save the
   * transcript, and close the socket with a reconnectable code. The call itself goes on:
   * the reconnect (here after a restart, or on another instance) resumes it from the database.
   */
  async handOver(graceMs: number): Promise<void> {
    if (this.ended || this.handedOver) return;
    if (this.streaming) {
      // Real time, not the interview clock: this bounds how long the process takes to stop.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.streaming, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    this.handedOver = true;
    this.stopTimers();
    if (!this.ended && this.currentTranscript.length !== this.savedTranscriptLength) this.saveTranscriptNow();
    await this.saving;
    const transport = this.transport;
    this.transport = null;
    transport?.close(closeCodes.restarting, 'server restarting');
    this.deps.onClosed(this.callId);
  }

  /** The call lives on another instance now: forget it here without ending it. */
  private letGo(): void {
    this.handedOver = true;
    this.stopTimers();
    this.deps.onClosed(this.callId);
  }

  private stopTimers(): void {
    this.inflight?.abort();
    for (const cancel of this.cancelTimers.splice(0)) cancel();
    this.cancelDisconnectTimer?.();
    this.cancelDisconnectTimer = null;
    this.cancelTranscriptSave?.();
    this.cancelTranscriptSave = null;
  }

  /** The candidate ended the call from the app (local mode) or Retell reported a hang-up. */
  endByCandidate(): Promise<void> {
    return this.finish('candidate_ended');
  }

  private respond(responseId: number, kind: 'turn' | 'reminder'): void {
    if (this.ended || this.handedOver || responseId < this.latestResponseId) return;
    this.latestResponseId = responseId;
    this.inflight?.abort();
    this.inflight = null;

    const decision = clockDecision(this.elapsedMs, this.deps.policy, this.warningsGiven);
    if (decision.kind === 'close') return this.speakFinal(responseId, this.lines.closingOnTime, 'time');
    if (this.mismatch) return this.speakFinal(responseId, this.lines.closingOnMismatch, 'mismatch');
    this.maybeCheckCongruency();

    let prefix = '';
    const messages: ChatMessage[] = [
      { role: 'system', content: this.systemPrompt },
      ...this.transcript.map((t): ChatMessage => ({ role: t.role === 'agent' ? 'assistant' : 'user', content: t.content })),
    ];
    if (decision.kind === 'warn') {
      this.warningsGiven.add(decision.atMs);
      prefix = this.lines.timeWarning(decision.minutesLeft);
      messages.push({ role: 'system', content: timeNote(decision.minutesLeft) });
    }
    const streaming = this.stream(responseId, kind, messages, prefix).finally(() => {
      if (this.streaming === streaming) this.streaming = null;
    });
    this.streaming = streaming;
  }

  private async stream(responseId: number, kind: 'turn' | 'reminder', messages: ChatMessage[], prefix: string) {
    const controller = new AbortController();
    this.inflight = controller;
    const stale = () => controller.signal.aborted || responseId !== this.latestResponseId || this.ended;
    const send = (content: string, complete: boolean, endCall = false) => {
      if (stale()) return;
      this.transport?.send({
        response_type: 'response',
        response_id: responseId,
        content,
        content_complete: complete,
        ...(endCall ? { end_call: true } : {}),
      });
    };
    if (prefix) send(`${prefix} `, false);
    let spoken = prefix ? `${prefix} ` : '';

    let firstChunk = false;
    const cancelTimeout = this.deps.clock.schedule(this.deps.timings.firstChunkTimeoutMs, () => {
      if (!firstChunk) controller.abort(new FirstChunkTimeoutError());
    });
    let endCall = false;
    try {
      const pace = { elapsedMs: this.elapsedMs, remainingMs: Math.max(0, this.deps.policy.maxDurationMs - this.elapsedMs) };
      const reply = this.deps.llm.streamReply({ messages, brief: this.brief, transcript: this.transcript, kind, pace }, controller.signal);
      for await (const chunk of reply) {
        if (stale()) break;
        firstChunk = true;
        if (chunk.text) {
          send(chunk.text, false);
          spoken += chunk.text;
        }
        if (chunk.endCall) endCall = true;
      }
      if (stale()) {
        // Superseded, socket gone or call ended: drop it silently. A timeout is a failure.
        if (controller.signal.reason instanceof FirstChunkTimeoutError) throw controller.signal.reason;
        return;
      }
      send('', true, endCall);
      this.rememberSpoken(spoken);
      if (endCall) await this.finish('completed');
      else this.persistTranscript();
    } catch (error) {
      const timedOut = controller.signal.reason instanceof FirstChunkTimeoutError;
      if ((controller.signal.aborted && !timedOut) || responseId !== this.latestResponseId || this.ended) return;
      this.deps.logger.error({ err: error, callId: this.callId, responseId }, 'the language model failed');
      this.transport?.send({
        response_type: 'response',
        response_id: responseId,
        content: this.lines.apologyOnError,
        content_complete: true,
        end_call: true,
      });
      await this.finish('error');
    } finally {
      cancelTimeout();
      if (this.inflight === controller) this.inflight = null;
    }
  }

  private speakFinal(responseId: number, text: string, reason: EndReason): void {
    this.transport?.send({ response_type: 'response', response_id: responseId, content: text, content_complete: true, end_call: true });
    this.rememberSpoken(text);
    void this.finish(reason);
  }

  private endOnTime(): void {
    this.inflight?.abort();
    if (this.transport) {
      this.interruptId += 1;
      this.transport.send({
        response_type: 'agent_interrupt',
        interrupt_id: this.interruptId,
        content: this.lines.closingOnTime,
        content_complete: true,
        end_call: true,
      });
    }
    void this.finish('time');
  }

  private scheduleClock(): void {
    const { maxDurationMs, congruencyWindowMs } = this.deps.policy;
    const elapsed = this.elapsedMs;
    this.cancelTimers.push(this.deps.clock.schedule(maxDurationMs - elapsed, () => this.endOnTime()));
    if (elapsed < congruencyWindowMs.from) {
      this.cancelTimers.push(this.deps.clock.schedule(congruencyWindowMs.from - elapsed, () => this.maybeCheckCongruency()));
    }
  }

  /** Runs the resume-vs-job check once, inside its window, without delaying any reply. */
  private maybeCheckCongruency(): void {
    if (this.congruency !== 'pending' || this.ended) return;
    const timing = congruencyTiming(this.elapsedMs, this.deps.policy.congruencyWindowMs);
    if (timing === 'before') return;
    if (timing === 'after') {
      this.congruency = 'done';
      return;
    }
    this.congruency = 'running';
    const transcript = [...this.transcript];
    // The local check is pure and quick; with a model it is the model's cross-check.
    const local = fitOfInterview(this.brief, transcript);
    const decided =
      this.deps.llm.mode === 'scripted'
        ? Promise.resolve(decideFit(local))
        : this.deps.llm
            .judge(
              {
                purpose: 'congruency',
                messages: congruencyMessages(this.brief, transcript, {
                  requirements: jobRequirements(this.brief, this.brief.field).map((requirement) => requirement.term),
                  verdict: local,
                }),
                jsonSchema: congruencyJsonSchema,
                schema: congruencySchema,
              },
              AbortSignal.timeout(this.deps.timings.judgeTimeoutMs),
            )
            .then((verdict) => decideFit(local, verdict));
    decided
      .then(
        (decision) => {
          this.deps.logger.info(
            { callId: this.callId, fits: decision.fits, confidence: decision.confidence, decidedBy: decision.decidedBy },
            'congruency checked',
          );
          if (endsInterview(decision)) this.mismatch = decision;
          return this.deps.store.saveFitDecision(this.interview.id, decision);
        },
        // A failed check never ends an interview.
        (error: unknown) => this.deps.logger.warn({ err: error, callId: this.callId }, 'congruency check failed'),
      )
      .catch((error: unknown) => this.deps.logger.warn({ err: error, callId: this.callId }, 'could not save the fit decision'))
      .finally(() => {
        this.congruency = 'done';
      });
  }

  /** Saves one after another, so an older save can never land after a newer one. */
  private saveTranscriptNow(): void {
    const transcript = [...this.currentTranscript];
    this.savedTranscriptLength = transcript.length;
    this.saving = this.saving
      .then(() => this.deps.store.saveTranscript(this.interview.id, transcript))
      .catch((error: unknown) => this.deps.logger.warn({ err: error, callId: this.callId }, 'could not save the transcript'));
  }

  /** Saves the transcript soon (throttled): a restart or another instance resumes from it. */
  private persistTranscript(): void {
    if (this.cancelTranscriptSave) return;
    const save = () => {
      this.cancelTranscriptSave = null;
      if (this.ended || this.handedOver || this.currentTranscript.length === this.savedTranscriptLength) return;
      this.saveTranscriptNow();
    };
    if (this.savedTranscriptLength < 0) return save(); // the first exchange is saved at once
    this.cancelTranscriptSave = this.deps.clock.schedule(this.deps.timings.transcriptSaveIntervalMs, save);
  }

  private async finish(reason: EndReason): Promise<void> {
    if (this.ended || this.handedOver) return;
    this.ended = true;
    this.stopTimers();
    this.deps.logger.info({ callId: this.callId, reason, elapsedMs: this.elapsedMs }, 'interview ended');
    try {
      await this.answering;
      await this.deps.store.finish({
        id: this.interview.id,
        reason,
        at: new Date(this.deps.clock.now()),
        transcript: [...this.currentTranscript],
        answeredAt: this.answeredAt ?? undefined,
      });
    } catch (error) {
      this.deps.logger.error({ err: error, callId: this.callId }, 'could not store the end of the interview');
    }
    const transport = this.transport;
    if (!transport) {
      this.deps.onClosed(this.callId);
      return;
    }
    // The caller hangs up after the closing line; if it does not, we close the socket.
    this.deps.clock.schedule(this.deps.timings.hangUpGraceMs, () => {
      if (this.transport === transport) {
        this.transport = null;
        transport.close(closeCodes.ended, 'interview has ended');
        this.deps.onClosed(this.callId);
      }
    });
  }
}
