import type { ChatMessage, JudgeRequest, LanguageModelPort } from '@voxly/api/interview';
import type { LanguageModelConfig } from '@voxly/config/server';
import OpenAI from 'openai';
import { createModelReplyStream } from './model-reply-stream.ts';

type ResponseFormat = 'json_schema' | 'json_object';

/** Anything longer is not an answer we asked for (the feedback schema bounds every field). */
const MAX_JUDGEMENT_CHARS = 64_000;

/** Reads the model's JSON answer and checks it against the request's schema. */
function parseJudgement<T>(request: JudgeRequest<T>, content: string): { ok: true; value: T } | { ok: false; problem: string } {
  if (content.length > MAX_JUDGEMENT_CHARS) return { ok: false, problem: 'the answer was too long' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, problem: 'the answer was not JSON' };
  }
  const parsed = request.schema.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: parsed.error.issues[0]?.message ?? 'invalid' };
}

/** Structured-output endpoints take the schema body, not a `$schema` dialect marker. */
function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...body } = schema;
  return body;
}

/**
 * The interviewer on any OpenAI-compatible chat-completions server (OpenAI, Azure OpenAI,
 * Ollama, vLLM, LM Studio): streamed turns (on the lean hot path of model-reply-stream.ts),
 * and JSON answers through the `openai` SDK, validated against a schema.
 */
export function createOpenAiLanguageModel(config: Extract<LanguageModelConfig, { kind: 'openai' }>): LanguageModelPort {
  const client = new OpenAI({
    apiKey: config.apiKey,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    // Each call says its own deadline and retries (below); these defaults never apply.
    maxRetries: 0,
  });
  const streamTurn = createModelReplyStream({
    baseURL: config.baseURL ?? 'https://api.openai.com/v1',
    apiKey: config.apiKey,
    model: config.model,
  });
  // Servers without structured output reject json_schema; remember and use JSON mode.
  let responseFormat: ResponseFormat = 'json_schema';

  return {
    mode: 'openai',

    async *streamReply(request, signal) {
      for await (const text of streamTurn(request.messages, signal)) yield { text };
    },

    // Only a model on our own hardware: a hosted API caches prompts itself, and a warm-up there is a billed request.
    ...(config.local
      ? {
          async warm(messages: ChatMessage[], signal: AbortSignal) {
            // One token with the turn's very prefix: the server reads (and caches) the prompt, then stops.
            await client.chat.completions.create(
              { model: config.model, messages, max_tokens: 1, temperature: 0 },
              { signal, timeout: 10 * 60_000, maxRetries: 0 },
            );
          },
        }
      : {}),

    async judge(request, callerSignal) {
      // One deadline for the whole call, retries and the invalid-answer retry included.
      const deadline = Date.now() + request.timeoutMs;
      const signal = AbortSignal.any([callerSignal, AbortSignal.timeout(request.timeoutMs)]);
      let lastProblem = '';
      // One retry on an invalid answer, then give up cleanly.
      for (let attempt = 0; attempt < 2; attempt += 1) {
        let completion;
        try {
          completion = await client.chat.completions.create(
            {
              // The written review may use a stronger (slower) model than the live interviewer.
              model: request.purpose === 'feedback' ? config.feedbackModel : config.model,
              messages: request.messages,
              temperature: 0,
              response_format:
                responseFormat === 'json_schema'
                  ? {
                      type: 'json_schema',
                      json_schema: { name: request.purpose, schema: withoutDialect(request.jsonSchema), strict: true },
                    }
                  : { type: 'json_object' },
            },
            // The SDK's retry (one, on a connection error or a 408/409/429/5xx) stays within the deadline.
            { signal, timeout: Math.max(1, deadline - Date.now()), maxRetries: 1 },
          );
        } catch (error) {
          if (error instanceof OpenAI.BadRequestError && responseFormat === 'json_schema') {
            responseFormat = 'json_object';
            attempt -= 1;
            continue;
          }
          throw error;
        }
        const result = parseJudgement(request, completion.choices[0]?.message?.content ?? '');
        if (result.ok) return result.value;
        lastProblem = result.problem;
      }
      throw new Error(`The model gave no valid ${request.purpose} answer twice: ${lastProblem}`);
    },
  };
}
