import { defaultSessionSetup, policyForLength } from '@voxly/config';
import { beginMessage, spokenLines, type InterviewerBrief, type SpokenLines, type TranscriptTurn } from '@voxly/prompts';
import type { EndReason } from '../end-reasons.ts';
import type { InterviewRecord } from '../interview-store.ts';
import type { InboundEvent } from '../retell-protocol.ts';
import { CallClock } from './call-clock.ts';
import { hasEnded, isOver, type CallPhase } from './call-phase.ts';
import { FitCheckRunner } from './fit-check-runner.ts';
import { warmPromptCache } from './prompt-warmup.ts';
import { ReplyTurns } from './reply-turns.ts';
import { closeCodes, noSessionMetrics, type SessionDeps, type SessionTransport } from './session-ports.ts';
import { TranscriptKeeper } from './transcript-keeper.ts';

/**
 * One interview call, driven by Retell's LLM WebSocket events: it composes the call's
 * clock, the fit check, the transcript's saving and (preemptive) reply streaming, and
 * moves through explicit phases to every ending. State lives here and in the database,
 * keyed by call id, so a reconnecting socket (or another instance) picks up the same call.
 */
export class InterviewSession {
  readonly callId: string;
  private phase: CallPhase = 'waiting';
  private transport: SessionTransport | null = null;
  /** This session's latest socket, as recorded in the database. */
  private connectionId: string | null = null;
  private interruptId = 0;
  private cancelReconnectWait: (() => void) | null = null;
  readonly clock: CallClock;
  readonly fit: FitCheckRunner;
  readonly said: TranscriptKeeper;
  readonly brief: InterviewerBrief;
  readonly lines: SpokenLines;
  private readonly replies: ReplyTurns;

  constructor(
    private readonly interview: InterviewRecord,
    private readonly deps: SessionDeps,
  ) {
    this.callId = interview.callId;
    const { candidateName, jobTitle, jobDescription, resumeText, field, language, lengthMinutes, kind, seniority, focus } = interview;
    const mode = interview.interviewMode;
    this.brief = { candidateName, jobTitle, jobDescription, resumeText, field, language, lengthMinutes, kind, seniority, focus, mode };
    this.lines = spokenLines[interview.language];
    // The clock, its warnings and the fit-check window follow the length the candidate chose.
    const policy = policyForLength(lengthMinutes ?? defaultSessionSetup.lengthMinutes, deps.policy);
    this.clock = new CallClock(deps.clock, policy, interview.startedAt, interview.transcript, (minutes) => this.lines.timeWarning(minutes));
    this.fit = new FitCheckRunner(
      {
        llm: deps.llm,
        store: deps.store,
        logger: deps.logger,
        judgeTimeoutMs: deps.timings.judgeTimeoutMs,
        window: policy.congruencyWindowMs,
      },
      { interviewId: interview.id, callId: interview.callId, brief: this.brief },
    );
    this.said = new TranscriptKeeper(interview, {
      store: deps.store,
      clock: deps.clock,
      logger: deps.logger,
      saveIntervalMs: deps.timings.transcriptSaveIntervalMs,
      isOver: () => isOver(this.phase),
    });
    this.replies = new ReplyTurns(
      {
        callId: this.callId,
        brief: this.brief,
        coached: interview.interviewMode === 'coached',
        lines: this.lines,
        clock: this.clock,
        fit: this.fit,
        said: this.said,
        speaker: () => this.speaker(),
        live: () => this.live(),
        runFitCheck: () => this.runFitCheck(),
        end: (reason) => this.finish(reason),
      },
      {
        llm: deps.llm,
        clock: deps.clock,
        timings: deps.timings,
        logger: deps.logger,
        metrics: deps.metrics ?? noSessionMetrics,
      },
    );
  }

  get userId(): string {
    return this.interview.userId;
  }

  /** A socket is attached right now. */
  get isConnected(): boolean {
    return this.transport !== null;
  }

  /** Loaded for a socket that has not attached yet: nothing of the call lives here so far. */
  get neverAttached(): boolean {
    return this.phase === 'waiting';
  }

  get isEnded(): boolean {
    return hasEnded(this.phase);
  }

  /** What a reload resumes from, as this live session holds it (newer than the last save): our last line included, a draft left out. */
  get currentTranscript(): readonly TranscriptTurn[] {
    return this.said.settledTurns;
  }

  /** The candidate's turn still being said or typed when asked, if any. */
  get draft(): string | null {
    return this.said.draft;
  }

  get elapsedMs(): number {
    return this.clock.elapsedMs;
  }

  /** A socket for this call opened (first connection or a reconnect). */
  attach(transport: SessionTransport): void {
    if (hasEnded(this.phase)) return transport.close(closeCodes.ended, 'interview has ended');
    if (this.phase === 'handed_over') return transport.close(closeCodes.restarting, 'server restarting');
    const previous = this.transport;
    this.transport = transport;
    this.phase = 'live';
    if (previous) previous.close(closeCodes.replaced, 'replaced by a newer connection');
    // A new connection (a reload, a second tab, Retell reconnecting) numbers its responses
    // afresh: what the old one had in flight is dropped, and its ids mean nothing here now.
    this.replies.abort({ newConnection: true });
    this.cancelReconnectWait?.();
    this.cancelReconnectWait = null;

    transport.send({ response_type: 'config', config: { auto_reconnect: true, call_details: true } });
    const connectionId = crypto.randomUUID();
    this.connectionId = connectionId;
    if (this.clock.started) {
      this.deps.store
        .markConnected(this.interview.id, connectionId)
        .catch((error: unknown) => this.deps.logger.warn({ err: error, callId: this.callId }, 'could not record the connection'));
    } else {
      const now = this.clock.start();
      this.deps.store.markStarted(this.interview.id, new Date(now), connectionId).then(
        (startedAt) => this.clock.adoptStart(startedAt.getTime()),
        (error: unknown) => this.deps.logger.error({ err: error, callId: this.callId }, 'could not mark the call started'),
      );
    }
    this.clock.arm({ onTimeUp: () => this.endOnTime(), onFitWindow: () => this.runFitCheck() });
    if (this.clock.timeIsUp) return this.endOnTime();
    const greeting = this.said.lineCount > 0 ? '' : beginMessage(this.brief);
    // The warm-up reads what every next turn's prompt starts with: the conversation before this greeting.
    const before = [...this.said.turns];
    transport.send({ response_type: 'response', response_id: 0, content: greeting, content_complete: true });
    this.said.spoke(greeting);
    warmPromptCache(this.deps, { callId: this.callId, brief: this.brief, transcript: before });
  }

  /** The socket closed. The call may come back (reconnect) within the grace period. */
  detach(transport: SessionTransport): void {
    if (this.transport !== transport) return;
    this.transport = null;
    this.abortReplies();
    if (this.phase === 'closing') this.phase = 'ended';
    if (isOver(this.phase)) return this.deps.onClosed(this.callId);
    this.phase = 'reconnecting';
    // A reload or a reconnect elsewhere resumes from the database: give it everything said.
    if (this.said.unsaved) this.said.saveNow();
    const connectionId = this.connectionId;
    this.cancelReconnectWait = this.deps.clock.schedule(this.deps.timings.reconnectGraceMs, () => {
      this.cancelReconnectWait = null;
      if (this.phase !== 'reconnecting') return;
      // The call may have reconnected to another instance: then it is theirs, not over.
      const check = connectionId ? this.deps.store.connectedElsewhere(this.interview.id, connectionId) : Promise.resolve(false);
      check.then(
        (elsewhere) => {
          if (this.phase !== 'reconnecting') return;
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
        this.said.take(event.transcript, 'in_progress');
        if (this.phase === 'live') this.replies.speculate(event.turntaking);
        return;
      case 'response_required':
      case 'reminder_required':
        this.said.take(event.transcript, 'finished');
        this.replies.respond(event.response_id, event.interaction_type === 'reminder_required' ? 'reminder' : 'turn');
        return;
    }
  }

  /**
   * The interview was ended somewhere else (the API on another instance, Retell's webhook):
   * stop, store nothing more, and close the socket.
   */
  endedElsewhere(): void {
    if (hasEnded(this.phase)) return;
    this.phase = 'ended';
    this.stopEverything();
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
    if (isOver(this.phase)) return;
    const streaming = this.replies.streaming;
    if (streaming) {
      // Real time, not the interview clock: this bounds how long the process takes to stop.
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([streaming, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    if (isOver(this.phase)) return;
    this.phase = 'handed_over';
    this.stopEverything();
    if (this.said.unsaved) this.said.saveNow();
    await this.said.flushed();
    const transport = this.transport;
    this.transport = null;
    transport?.close(closeCodes.restarting, 'server restarting');
    this.deps.onClosed(this.callId);
  }

  /** The candidate ended the call from the app (local mode) or Retell reported a hang-up. */
  endByCandidate(): Promise<void> {
    return this.finish('candidate_ended');
  }

  /** The socket to speak on while the interview runs here. */
  speaker(): SessionTransport | null {
    return isOver(this.phase) ? null : this.transport;
  }

  live(): boolean {
    return this.phase === 'live';
  }

  /** The call lives on another instance now: forget it here without ending it. */
  private letGo(): void {
    this.phase = 'handed_over';
    this.stopEverything();
    this.deps.onClosed(this.callId);
  }

  private abortReplies(): void {
    this.replies.abort();
  }

  private stopEverything(): void {
    this.abortReplies();
    this.clock.disarm();
    this.cancelReconnectWait?.();
    this.cancelReconnectWait = null;
    this.said.cancelScheduledSave();
  }

  runFitCheck(): void {
    if (isOver(this.phase)) return;
    void this.fit.maybeRun(this.clock.elapsedMs, this.said.turns);
  }

  private endOnTime(): void {
    this.abortReplies();
    if (this.transport) {
      this.interruptId += 1;
      this.transport.send({
        response_type: 'agent_interrupt',
        interrupt_id: this.interruptId,
        content: this.lines.closingOnTime,
        content_complete: true,
        end_call: true,
      });
      this.said.spoke(this.lines.closingOnTime);
    }
    void this.finish('time');
  }

  async finish(reason: EndReason): Promise<void> {
    if (isOver(this.phase)) return;
    this.phase = this.transport ? 'closing' : 'ended';
    this.stopEverything();
    this.deps.logger.info({ callId: this.callId, reason, elapsedMs: this.clock.elapsedMs }, 'interview ended');
    try {
      await this.said.recorded();
      await this.deps.store.finish({
        id: this.interview.id,
        reason,
        at: new Date(this.deps.clock.now()),
        transcript: [...this.said.turns],
        answeredAt: this.said.firstAnswerAt ?? undefined,
        repliedAt: this.said.firstReplyAt ?? undefined,
      });
    } catch (error) {
      this.deps.logger.error({ err: error, callId: this.callId }, 'could not store the end of the interview');
    }
    const transport = this.transport;
    if (!transport) {
      this.phase = 'ended';
      this.deps.onClosed(this.callId);
      return;
    }
    // The caller hangs up after the closing line; if it does not, we close the socket.
    this.deps.clock.schedule(this.deps.timings.hangUpGraceMs, () => {
      if (this.transport === transport) {
        this.transport = null;
        this.phase = 'ended';
        transport.close(closeCodes.ended, 'interview has ended');
        this.deps.onClosed(this.callId);
      }
    });
  }
}
