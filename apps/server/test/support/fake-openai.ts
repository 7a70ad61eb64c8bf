import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
}

export interface FakeReply {
  /** Streamed as SSE chunks, one per element. */
  chunks?: string[];
  /** Non-streamed message content (JSON mode answers). */
  content?: string;
  status?: number;
  delayBeforeFirstMs?: number;
  delayBetweenMs?: number;
}

/**
 * An OpenAI-compatible chat-completions server speaking the real wire format (JSON, and
 * SSE `data:` chunks ending in `[DONE]`), so the real `openai` SDK runs against it.
 */
export class FakeOpenAi {
  readonly requests: ChatRequest[] = [];
  /** Streams the client abandoned before they finished. */
  aborted = 0;
  private server: Server;
  reply: (request: ChatRequest, index: number) => FakeReply = () => ({ chunks: ['Hello ', 'there.'] });
  baseURL = '';

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseURL = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
    return this;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse) {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"message":"not found"}}');
      return;
    }
    const request = JSON.parse(body) as ChatRequest;
    const index = this.requests.push(request) - 1;
    const plan = this.reply(request, index);
    const wait = (ms = 0) => new Promise((r) => setTimeout(r, ms));
    await wait(plan.delayBeforeFirstMs);
    if (plan.status && plan.status >= 400) {
      res
        .writeHead(plan.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
      return;
    }
    const id = `chatcmpl-${index}`;
    const created = Math.floor(Date.now() / 1000);
    if (!request.stream) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id,
          object: 'chat.completion',
          created,
          model: request.model,
          choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: plan.content ?? '' } }],
          usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    let closed = false;
    res.on('close', () => {
      if (!res.writableFinished) {
        closed = true;
        this.aborted += 1;
      }
    });
    const chunks = plan.chunks ?? [];
    for (const [i, text] of chunks.entries()) {
      if (closed) return;
      if (i > 0) await wait(plan.delayBetweenMs);
      const delta = i === 0 ? { role: 'assistant', content: text } : { content: text };
      res.write(
        `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`,
      );
    }
    if (closed) return;
    res.write(
      `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created, model: request.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`,
    );
    res.end('data: [DONE]\n\n');
  }
}
