import { foreignScriptAt, scriptedInterviewerTurn } from '@voxly/prompts';
import type { LanguageModelPort, ReplyRequest } from '../../../ports/language-model-port.ts';
import type { Clock } from '../clock.ts';
import { firstChunkLimitMs } from './first-chunk-limit.ts';

/** The model produced nothing in time: unlike a superseded or dropped stream, this is a failure. */
export class FirstChunkTimeoutError extends Error {
  constructor() {
    super('the language model did not answer in time');
    this.name = 'FirstChunkTimeoutError';
  }
}

/** The reply drifted into another script: what came before stands, the rest is never spoken. */
class ScriptDriftError extends Error {
  constructor() {
    super('the reply drifted into another script');
    this.name = 'ScriptDriftError';
  }
}

/** How a complete reply leaves the call: going on, or ending, and why. */
type ReplyEnding = 'continue' | 'completed' | 'candidate_ended';

export type ReplyOutcome =
  { kind: 'complete'; ending: ReplyEnding } | { kind: 'aborted' } | { kind: 'failed'; error: unknown; timedOut: boolean };

interface ModelReplyDeps {
  llm: LanguageModelPort;
  clock: Clock;
  firstChunkTimeoutMs: number;
  /** Per 1,000 prompt tokens, on top of firstChunkTimeoutMs (a local model's cold prefill). */
  prefillMsPer1kTokens?: number;
  onFirstToken?(ms: number): void;
}

/**
 * One streamed model reply: each piece of text to `onText` as it comes, until it completes,
 * is aborted through `signal` (superseded, socket gone, call over), or fails; a model that
 * says nothing within the first-chunk timeout has failed. A reply that drifts into another
 * script (small models drift into Chinese) is cut before the first foreign letter and its
 * request stopped; if nothing was said by then, the local interviewer's turn is said
 * instead. Never throws.
 */
export async function streamModelReply(
  deps: ModelReplyDeps,
  request: ReplyRequest,
  signal: AbortSignal,
  onText: (text: string) => void,
): Promise<ReplyOutcome> {
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  if (signal.aborted) return { kind: 'aborted' };
  signal.addEventListener('abort', abort, { once: true });
  const startedAt = deps.clock.now();
  let firstChunk = false;
  const limitMs = firstChunkLimitMs(request.messages, {
    firstChunkTimeoutMs: deps.firstChunkTimeoutMs,
    prefillMsPer1kTokens: deps.prefillMsPer1kTokens ?? 0,
  });
  const cancelTimeout = deps.clock.schedule(limitMs, () => {
    if (!firstChunk) controller.abort(new FirstChunkTimeoutError());
  });
  let ending: ReplyEnding = 'continue';
  let said = false;
  try {
    for await (const chunk of deps.llm.streamReply(request, controller.signal)) {
      if (controller.signal.aborted) break;
      if (!firstChunk) {
        firstChunk = true;
        deps.onFirstToken?.(deps.clock.now() - startedAt);
      }
      const drift = chunk.text ? foreignScriptAt(chunk.text) : -1;
      if (drift >= 0) {
        const kept = chunk.text.slice(0, drift);
        if (kept.trim()) onText(kept);
        said ||= kept.trim() !== '';
        controller.abort(new ScriptDriftError());
        break;
      }
      if (chunk.text) onText(chunk.text);
      said ||= chunk.text.trim() !== '';
      if (chunk.endCall) ending = chunk.endReason ?? 'completed';
    }
    if (!controller.signal.aborted) return { kind: 'complete', ending };
  } catch (error) {
    if (!controller.signal.aborted) return { kind: 'failed', error, timedOut: false };
  } finally {
    cancelTimeout();
    signal.removeEventListener('abort', abort);
  }
  const reason: unknown = controller.signal.reason;
  if (reason instanceof ScriptDriftError) {
    if (!said) onText(scriptedInterviewerTurn(request.brief, request.transcript, request.kind, request.pace).text);
    return { kind: 'complete', ending: 'continue' };
  }
  return reason instanceof FirstChunkTimeoutError ? { kind: 'failed', error: reason, timedOut: true } : { kind: 'aborted' };
}
