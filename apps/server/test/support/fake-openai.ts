import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  stream?: boolean;
  messages: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string } };
  max_tokens?: number;
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
  /** Requests (streamed or not) whose client hung up before any answer, by their schema name or `stream`/`plain`. */
  readonly abandoned: string[] = [];
  /**
   * Requests served at once, like llama.cpp's slots (`-np`); 0: no limit. A request waits for
   * a free slot, and frees it when answered or when its client hangs up.
   */
  slots = 0;
  private busySlots = 0;
  private readonly slotQueue: (() => void)[] = [];
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

  private takeSlot(res: ServerResponse): Promise<() => void> {
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.busySlots -= 1;
      this.slotQueue.shift()?.();
    };
    if (this.slots === 0 || this.busySlots < this.slots) {
      this.busySlots += 1;
      return Promise.resolve(release);
    }
    return new Promise((resolve) => {
      const start = () => {
        this.busySlots += 1;
        resolve(release);
      };
      this.slotQueue.push(start);
      // A client that hangs up while queued gives up its place.
      res.on('close', () => {
        const at = this.slotQueue.indexOf(start);
        if (at < 0) return;
        this.slotQueue.splice(at, 1);
        resolve(() => undefined);
      });
    });
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
    let hungUp = false;
    res.on('close', () => {
      if (!res.headersSent) {
        hungUp = true;
        this.abandoned.push(request.response_format?.json_schema?.name ?? (request.stream ? 'stream' : 'plain'));
      }
    });
    const release = await this.takeSlot(res);
    res.on('close', release);
    if (hungUp) return;
    await wait(plan.delayBeforeFirstMs);
    if (hungUp) return;
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
