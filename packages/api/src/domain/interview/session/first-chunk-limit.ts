import type { ChatMessage } from '../../../ports/language-model-port.ts';

/** A rough count: about four characters per token in English, Spanish and Portuguese (plus a few per message). */
export function estimatedPromptTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + Math.ceil(message.content.length / 4) + 4, 0);
}

/**
 * How long a model may take to its first words. A hosted model's wait hardly depends on
 * the prompt; a local one must first read the whole prompt when its cache is cold (on two
 * cores a 1.5B model reads ~1,350 tokens in ~20 s), so the limit grows with the prompt:
 * base + per-1,000-token allowance. The cache warm-up at the greeting makes the common case
 * much faster; this keeps the cold one (cache evicted by another call) from ending a call.
 */
export function firstChunkLimitMs(
  messages: readonly ChatMessage[],
  timings: { firstChunkTimeoutMs: number; prefillMsPer1kTokens: number },
): number {
  if (timings.prefillMsPer1kTokens <= 0) return timings.firstChunkTimeoutMs;
  return timings.firstChunkTimeoutMs + Math.round((estimatedPromptTokens(messages) / 1_000) * timings.prefillMsPer1kTokens);
}
