import type { VendorModes } from '@voxly/config';
import type { InterviewerBrief, InterviewPace, TranscriptTurn } from '@voxly/prompts';
import type { z } from 'zod';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ReplyRequest {
  /** The prompt and conversation, for a real model. */
  messages: ChatMessage[];
  /** The same interview in structured form, for the scripted interviewer. */
  brief: InterviewerBrief;
  transcript: TranscriptTurn[];
  kind: 'turn' | 'reminder';
  /** The call's clock, so a scripted plan can fit the time left (a model hears it in warnings). */
  pace: InterviewPace;
}

export interface ReplyChunk {
  text: string;
  /** The interviewer has nothing more to ask: end the call after this. */
  endCall?: boolean;
  /** Why, when the call ends for another reason than a plan asked to its end: the candidate said they must go. */
  endReason?: 'candidate_ended';
}

export interface JudgeRequest<T> {
  /**
   * field: the job's field at creation; congruency: the 2–3 minute check; feedback: the
   * written review after the interview; evaluation: `npm run eval:interviewer` grading a call.
   */
  purpose: 'field' | 'congruency' | 'feedback' | 'evaluation';
  messages: ChatMessage[];
  /** JSON Schema for structured output where the server supports it. */
  jsonSchema: Record<string, unknown>;
  /** The answer is validated against this, whatever the server claims. */
  schema: z.ZodType<T>;
  /**
   * The whole call's deadline, retries included: the one limit that applies (an SDK's own
   * default timeout and retries must neither cut it short nor stretch it).
   */
  timeoutMs: number;
}

/**
 * The interviewer's brain. Adapters: the `openai` SDK against any OpenAI-compatible
 * server, and the scripted interviewer (question bank + rules) in local mode.
 */
export interface LanguageModelPort {
  readonly mode: VendorModes['llm'];
  /** Streams the interviewer's next turn. Stops promptly when `signal` aborts. */
  streamReply(request: ReplyRequest, signal: AbortSignal): AsyncIterable<ReplyChunk>;
  /** One JSON answer, validated against the request's schema. */
  judge<T>(request: JudgeRequest<T>, signal: AbortSignal): Promise<T>;
  /**
   * Loads a prompt prefix into the model server's prompt cache (a one-token request), so
   * the first live turn does not pay for it. Optional: hosted models cache on their own.
   */
  warm?(messages: ChatMessage[], signal: AbortSignal): Promise<void>;
}
