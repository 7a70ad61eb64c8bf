import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { Pool } from 'undici';

/** The model server answered with an error status: a failed turn, never retried past once. */
class ModelServerError extends Error {
  constructor(
    readonly status: number,
    detail: string,
  ) {
    super(`the model server answered ${status}: ${detail}`);
    this.name = 'ModelServerError';
  }
}

interface StreamConfig {
  /** The OpenAI-compatible API root, e.g. https://api.openai.com/v1. */
  baseURL: string;
  apiKey: string;
  model: string;
}

const ignore = () => undefined;

/** Statuses worth one quick retry before the first token (the SDK's rule, kept). */
const retryable = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;
const retryDelayMs = 200;

/**
 * The interviewer's streamed turn on the hot path: chat completions with `stream: true`
 * over a keep-alive undici Pool, read with a maintained SSE parser. Lighter per turn than
 * the SDK's fetch and web streams; aborts, timeouts and errors stay as strict (the SDK
 * keeps the structured calls). One quick retry on a connection error or a retryable status,
 * only before any word was streamed.
 */
export function createModelReplyStream(config: StreamConfig) {
  const root = new URL(config.baseURL.endsWith('/') ? config.baseURL : `${config.baseURL}/`);
  const target = new URL('chat/completions', root);
  const pool = new Pool(target.origin, { connections: 512, keepAliveTimeout: 30_000, headersTimeout: 30_000, bodyTimeout: 30_000 });
  const path = `${target.pathname}${target.search}`;
  const headers = { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${config.apiKey}` };

  async function open(body: string, signal: AbortSignal) {
    for (let attempt = 0; ; attempt += 1) {
      try {
        const response = await pool.request({ path, method: 'POST', headers, body, signal });
        if (response.statusCode < 400) return response;
        const detail = (await response.body.text()).slice(0, 300);
        if (attempt > 0 || !retryable(response.statusCode)) throw new ModelServerError(response.statusCode, detail);
      } catch (error) {
        if (signal.aborted || attempt > 0 || error instanceof ModelServerError) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
      if (signal.aborted) throw signal.reason;
    }
  }

  return async function* streamTurn(messages: readonly { role: string; content: string }[], signal: AbortSignal): AsyncGenerator<string> {
    const body = JSON.stringify({ model: config.model, messages, stream: true, temperature: 0.6, max_tokens: 300 });
    const response = await open(body, signal);
    const pending: string[] = [];
    let finished = false;
    const failures: Error[] = [];
    const parser = createParser({
      onEvent(event: EventSourceMessage) {
        if (event.data === '[DONE]') {
          finished = true;
          return;
        }
        const data = JSON.parse(event.data) as { choices?: { delta?: { content?: string | null } }[]; error?: { message?: string } };
        if (data.error) failures.push(new Error(`the model server failed mid-stream: ${data.error.message ?? 'unknown error'}`));
        const text = data.choices?.[0]?.delta?.content;
        if (text) pending.push(text);
      },
    });
    const decoder = new TextDecoder();
    // Leaving the loop at [DONE] must not destroy the body: a destroyed, unfinished stream
    // builds an AbortError (and its stack) every turn; the few bytes left are read below.
    const chunks = response.body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>;
    try {
      for await (const chunk of chunks) {
        parser.feed(decoder.decode(chunk, { stream: true }));
        const [failure] = failures;
        if (failure) throw failure;
        // What arrived together is spoken together: one frame to Retell, not one per token.
        if (pending.length > 0) yield pending.splice(0).join('');
        if (finished) break;
      }
    } finally {
      // A finished turn reads the end of the response, keeping its connection for the next;
      // one that stopped early (superseded, aborted, failed) frees it at once.
      if (finished) response.body.dump().catch(ignore);
      else {
        // Destroying an unfinished body reports the abort as an error event: nobody reads it now.
        response.body.on('error', ignore);
        response.body.destroy();
      }
    }
  };
}
