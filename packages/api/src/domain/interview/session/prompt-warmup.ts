import { interviewerConversation, interviewerSystemPrompt, type InterviewerBrief, type TranscriptTurn } from '@voxly/prompts';
import type { LanguageModelPort } from '../../../ports/language-model-port.ts';
import { ModelBusyError } from '../../model/model-scheduler.ts';
import { firstChunkLimitMs } from './first-chunk-limit.ts';
import type { SessionLogger, SessionTimings } from './session-ports.ts';

/**
 * While the greeting is spoken, has a local model read the interviewer's prompt (a
 * one-token request with the very prefix every turn starts with), so the candidate's first
 * answer is not met by a cold prefill of the whole system prompt and resume. Best effort:
 * skipped on a hosted model or a busy one, and a failure costs only the head start.
 */
export function warmPromptCache(
  deps: { llm: LanguageModelPort; logger: SessionLogger; timings: Pick<SessionTimings, 'firstChunkTimeoutMs' | 'prefillMsPer1kTokens'> },
  call: { callId: string; brief: InterviewerBrief; transcript: readonly TranscriptTurn[] },
): void {
  const { llm, logger, timings } = deps;
  if (!llm.warm) return;
  const messages = interviewerConversation(interviewerSystemPrompt(call.brief), call.transcript);
  llm.warm(messages, AbortSignal.timeout(firstChunkLimitMs(messages, timings))).catch((error: unknown) => {
    if (!(error instanceof ModelBusyError)) logger.warn({ err: error, callId: call.callId }, 'could not warm the model’s prompt cache');
  });
}
