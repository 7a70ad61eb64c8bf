/**
 * An OpenAI-compatible streaming chat-completions server for the benchmarks, run in its own
 * process (so its work is not the server's): SSE chunks in the real wire format, a fixed
 * delay before the first token, and counts of the tokens it was asked to read (prompt, ~4
 * characters a token) and the tokens it actually streamed (an aborted stream stops early).
 *
 *   FIRST_TOKEN_MS=300 TOKENS=24 TOKEN_GAP_MS=5 PORT=0 tsx bench/support/fake-model-server.ts
 *   GET /stats → { requests, promptTokens, completionTokens, aborted }; POST /reset
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const firstTokenMs = Number(process.env.FIRST_TOKEN_MS ?? 0);
const tokens = Number(process.env.TOKENS ?? 24);
const tokenGapMs = Number(process.env.TOKEN_GAP_MS ?? 0);
const stats = { requests: 0, promptTokens: 0, completionTokens: 0, aborted: 0 };
const words =
  'Thanks for walking me through that. What was the hardest trade-off you made, and how did you measure the result afterwards'.split(' ');
const sleep = (ms: number) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

const server = createServer((req, res) => {
  if (req.url === '/stats') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
  if (req.url === '/reset') {
    Object.assign(stats, { requests: 0, promptTokens: 0, completionTokens: 0, aborted: 0 });
    return void res.writeHead(204).end();
  }
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    void (async () => {
      const request = JSON.parse(body) as {
        messages: { content: string }[];
        stream?: boolean;
        response_format?: { json_schema?: { name?: string } };
      };
      stats.requests += 1;
      stats.promptTokens += Math.ceil(request.messages.reduce((n, m) => n + m.content.length, 0) / 4);
      let closed = false;
      res.on('close', () => (closed = !res.writableFinished));
      if (!request.stream) {
        await sleep(firstTokenMs);
        res.writeHead(200, { 'content-type': 'application/json' });
        // Plausible structured answers, so the server does not wait out its fallbacks.
        const answers: Record<string, object> = {
          field: { field: 'engineering', confidence: 0.9 },
          congruency: { fits: true, confidence: 0.9, reason: 'The background matches the role.' },
        };
        const content = JSON.stringify(answers[request.response_format?.json_schema?.name ?? ''] ?? {});
        return void res.end(
          JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content } }] }),
        );
      }
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      await sleep(firstTokenMs);
      for (let i = 0; i < tokens; i += 1) {
        if (closed) {
          stats.aborted += 1;
          return;
        }
        const chunk = {
          id: 'x',
          object: 'chat.completion.chunk',
          created: 0,
          model: 'fake',
          choices: [{ index: 0, delta: { content: `${words[i % words.length]} ` }, finish_reason: null }],
        };
        res.write(`data: ${JSON.stringify(chunk)}\n\n`);
        stats.completionTokens += 1;
        await sleep(tokenGapMs);
      }
      res.end('data: [DONE]\n\n');
    })();
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  // The parent reads the port from the first line.
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
