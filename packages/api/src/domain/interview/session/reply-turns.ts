import { interviewerConversation, interviewerSystemPrompt, timeNote, type InterviewerBrief, type SpokenLines } from '@voxly/prompts';
import type { LanguageModelPort, ReplyRequest } from '../../../ports/language-model-port.ts';
import type { Clock } from '../clock.ts';
import type { EndReason } from '../end-reasons.ts';
import { hintAfterAnswer } from './answer-hint.ts';
import type { CallClock } from './call-clock.ts';
import type { FitCheckRunner } from './fit-check-runner.ts';
import { streamModelReply, type ReplyOutcome } from './model-reply.ts';
import type { SessionLogger, SessionMetrics, SessionTimings, SessionTransport } from './session-ports.ts';
import { replyKey, Speculation, turnLooksComplete } from './speculation.ts';
import type { TranscriptKeeper } from './transcript-keeper.ts';

/**
 * What the replies need from the call they belong to: its parts, and narrow functions for what
 * only the session decides (no back-reference to the session itself).
 */
interface ReplyCall {
  readonly callId: string;
  readonly brief: InterviewerBrief;
  /** Coached: a hint after each answer and no spoken time warnings. */
  readonly coached: boolean;
  readonly lines: SpokenLines;
  readonly clock: CallClock;
  readonly fit: FitCheckRunner;
  readonly said: TranscriptKeeper;
  /** The socket to speak on while the interview runs here; null once it is over or while no socket is attached. */
  readonly speaker: () => SessionTransport | null;
  /** A socket is attached and the interview runs. */
  readonly live: () => boolean;
  readonly runFitCheck: () => void;
  /** Ends the interview (once) with this reason. */
  readonly end: (reason: EndReason) => Promise<void>;
}

interface ReplyDeps {
  llm: LanguageModelPort;
  clock: Clock;
  timings: SessionTimings;
  logger: SessionLogger;
  metrics: SessionMetrics;
}

/**
 * The interviewer's replies in one call: each \`response_required\` answered on its
 * \`response_id\` (a newer id drops the older stream and aborts its model request), the
 * clock's warnings and endings spoken first, the model's words streamed as they come, a
 * failure apologised for, and (with a model) the reply started preemptively while the
 * candidate finishes their turn.
 */
export class ReplyTurns {
  private latestResponseId = -1;
  private inflight: AbortController | null = null;
  /** The turn being streamed, so a shutdown can let it finish. */
  private current: Promise<void> | null = null;
  private readonly speculation: Speculation;
  private prompt: string | null = null;
  /** The answers a hint was last given after: a reply asked again for the same answers does not repeat it. */
  private hintedAfter = 0;

  constructor(
    private readonly call: ReplyCall,
    private readonly deps: ReplyDeps,
  ) {
    // The scripted interviewer answers at once: there is nothing to win by starting early.
    this.speculation = new Speculation(deps.llm.mode === 'scripted' ? 0 : deps.timings.speculationsPerTurn, deps.metrics);
  }

  /** The reply being streamed, if any. */
  get streaming(): Promise<void> | null {
    return this.current;
  }

  /** Drops every reply in flight and held; a new socket also numbers its responses afresh. */
  abort(options: { newConnection?: boolean } = {}): void {
    this.inflight?.abort();
    this.inflight = null;
    this.speculation.drop();
    if (options.newConnection) this.latestResponseId = -1;
  }

  /** Built on the first model request, not on connect: the greeting does not wait for it. */
  private get systemPrompt(): string {
    this.prompt ??= interviewerSystemPrompt(this.call.brief);
    return this.prompt;
  }

  /** The model request for the reply to the transcript as it stands. */
  private replyRequest(kind: 'turn' | 'reminder', note?: string): ReplyRequest {
    const transcript = this.call.said.turns;
    return {
      // Strictly alternating and prefix-stable (interviewer-conversation.ts).
      messages: interviewerConversation(this.systemPrompt, transcript, note),
      brief: this.call.brief,
      transcript,
      kind,
      pace: { elapsedMs: this.call.clock.elapsedMs, remainingMs: this.call.clock.remainingMs },
    };
  }

  private startReply(request: ReplyRequest, signal: AbortSignal, onText: (text: string) => void): Promise<ReplyOutcome> {
    const { llm, clock, timings, metrics } = this.deps;
    return streamModelReply(
      {
        llm,
        clock,
        firstChunkTimeoutMs: timings.firstChunkTimeoutMs,
        prefillMsPer1kTokens: timings.prefillMsPer1kTokens,
        onFirstToken: (ms) => metrics.modelFirstToken(ms),
      },
      request,
      signal,
      onText,
    );
  }

  /** The candidate may be done: start the reply now, so it is ready when Retell asks for it. */
  speculate(turntaking: string | undefined): void {
    if (!this.call.live()) return;
    const transcript = this.call.said.turns;
    const key = replyKey(transcript);
    this.speculation.moveTo(key);
    if (!turnLooksComplete(transcript, turntaking)) return;
    // The turn is counted in our own lines: a peer that writes interviewer lines into its transcript gets no new budget.
    this.speculation.begin(this.call.said.lineCount, key, (signal, onText) => this.startReply(this.replyRequest('turn'), signal, onText));
  }

  respond(responseId: number, kind: 'turn' | 'reminder'): void {
    if (!this.call.speaker() || responseId < this.latestResponseId) return;
    this.latestResponseId = responseId;
    this.inflight?.abort();
    this.inflight = null;
    const askedAt = this.deps.clock.now();

    const clockSays = this.call.clock.decideTurn();
    // A coached interview is practice: the clock still ends it, but no time pressure is spoken.
    const decision = this.call.coached && clockSays.kind === 'warn' ? ({ kind: 'none' } as const) : clockSays;
    if (decision.kind === 'close') return this.speakFinal(responseId, this.call.lines.closingOnTime, 'time');
    if (this.call.fit.mismatch) return this.speakFinal(responseId, this.call.lines.closingOnMismatch, 'mismatch');
    this.call.runFitCheck();
    // Our reply follows the candidate's turns as they stand now, whatever they add while it streams.
    const afterAnswers = this.call.said.answerCount;
    const socket = this.call.speaker();

    // A held reply is used only for exactly this transcript and a plain turn (a warning changes the prompt).
    const key = replyKey(this.call.said.turns);
    const preemptive = kind === 'turn' && decision.kind === 'none' && this.speculation.holds(key);
    let firstSent = false;
    let spoken = '';
    const send = (content: string, complete: boolean, endCall = false): boolean => {
      const speaker = this.call.speaker();
      if (responseId !== this.latestResponseId || !speaker) return false;
      if (!firstSent && content) {
        firstSent = true;
        this.deps.metrics.firstChunk(this.deps.clock.now() - askedAt, preemptive);
      }
      spoken += content;
      speaker.send({
        response_type: 'response',
        response_id: responseId,
        content,
        content_complete: complete,
        ...(endCall ? { end_call: true } : {}),
      });
      return true;
    };
    // The model's words, once any went out, make the call a paid one (the refund rule reads it).
    const fromModel = (text: string) => {
      if (send(text, false) && text) this.call.said.modelReplied();
    };
    const warning = decision.kind === 'warn' ? this.call.lines.timeWarning(decision.minutesLeft) : null;
    const prefix = [warning, kind === 'turn' ? this.hint(afterAnswers) : null].filter(Boolean).join(' ');
    // A paragraph of its own: the typed room shows the hint or warning apart from the next question; speech reads a pause.
    if (prefix) send(`${prefix}\n\n`, false);

    const claimed = preemptive ? this.speculation.claim(key, fromModel) : null;
    if (!claimed) this.speculation.drop();
    const controller = claimed?.controller ?? new AbortController();
    const outcome =
      claimed?.outcome ??
      this.startReply(
        this.replyRequest(kind, decision.kind === 'warn' ? timeNote(decision.minutesLeft) : undefined),
        controller.signal,
        fromModel,
      );
    this.inflight = controller;
    const streaming = this.deliver({ responseId, afterAnswers, socket }, outcome, send, () => spoken).finally(() => {
      if (this.inflight === controller) this.inflight = null;
      if (this.current === streaming) this.current = null;
    });
    this.current = streaming;
  }

  /** Ends a streamed reply: its closing frame, or the apology when the model failed. */
  private async deliver(
    { responseId, afterAnswers, socket }: { responseId: number; afterAnswers: number; socket: SessionTransport | null },
    pending: Promise<ReplyOutcome>,
    send: (content: string, complete: boolean, endCall?: boolean) => boolean,
    spoken: () => string,
  ): Promise<void> {
    const outcome = await pending;
    // Socket gone or replaced, or call over: dropped silently (a new socket asks again).
    if (!socket || this.call.speaker() !== socket) return;
    // What went out on this socket is our line, finished or cut off by a newer turn (Retell may have spoken part of it).
    this.call.said.spoke(spoken(), afterAnswers);
    if (outcome.kind === 'aborted' || responseId !== this.latestResponseId) return; // superseded
    if (outcome.kind === 'failed') {
      this.deps.logger.error({ err: outcome.error, callId: this.call.callId, responseId }, 'the language model failed');
      this.call.speaker()?.send({
        response_type: 'response',
        response_id: responseId,
        content: this.call.lines.apologyOnError,
        content_complete: true,
        end_call: true,
      });
      this.call.said.spoke(this.call.lines.apologyOnError, afterAnswers);
      return this.call.end('error');
    }
    send('', true, outcome.ending !== 'continue');
    if (outcome.ending !== 'continue') return this.call.end(outcome.ending);
    this.call.said.saveSoon();
  }

  /** A coached interview's hint on the answer just given, once per answer; null otherwise. */
  private hint(afterAnswers: number): string | null {
    if (!this.call.coached || afterAnswers <= this.hintedAfter) return null;
    const hint = hintAfterAnswer(this.call.brief, this.call.said.turns);
    if (hint) this.hintedAfter = afterAnswers;
    return hint;
  }

  private speakFinal(responseId: number, text: string, reason: EndReason): void {
    this.speculation.drop();
    this.call
      .speaker()
      ?.send({ response_type: 'response', response_id: responseId, content: text, content_complete: true, end_call: true });
    this.call.said.spoke(text);
    void this.call.end(reason);
  }
}
