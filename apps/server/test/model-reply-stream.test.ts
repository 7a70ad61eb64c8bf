import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createModelReplyStream } from '../src/adapters/llm/model-reply-stream.ts';
import { FakeOpenAi } from './support/fake-openai.ts';

const messages = [{ role: 'user', content: 'Hello.' }];
const collect = async (stream: AsyncIterable<string>) => {
  let text = '';
  for await (const piece of stream) text += piece;
  return text;
};

/** The interviewer's hot path against an OpenAI-compatible server's real SSE wire format. */
describe('createModelReplyStream', () => {
  let openai: FakeOpenAi;
  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
  });
  afterAll(() => openai?.stop());
  const stream = () => createModelReplyStream({ baseURL: openai.baseURL, apiKey: 'sk-test-fake', model: 'fake' });

  it('streams the text with the key, the model and stream: true', async () => {
    openai.reply = () => ({ chunks: ['Hello ', 'there', '.'], delayBetweenMs: 5 });
    expect(await collect(stream()(messages, new AbortController().signal))).toBe('Hello there.');
    expect(openai.requests.at(-1)).toMatchObject({ model: 'fake', stream: true, messages });
  });

  it('retries once on a retryable status before any word, and fails on the second', async () => {
    openai.reply = (_request, index) => (index % 2 === 0 ? { status: 503 } : { chunks: ['Back.'] });
    openai.requests.length = 0;
    expect(await collect(stream()(messages, new AbortController().signal))).toBe('Back.');
    expect(openai.requests).toHaveLength(2);
    openai.reply = () => ({ status: 500 });
    await expect(collect(stream()(messages, new AbortController().signal))).rejects.toThrow(/answered 500/);
    openai.reply = () => ({ status: 400 });
    openai.requests.length = 0;
    await expect(collect(stream()(messages, new AbortController().signal))).rejects.toThrow(/answered 400/);
    expect(openai.requests).toHaveLength(1); // a bad request is not retried
  });

  it('stops promptly on abort and closes the model request', async () => {
    openai.reply = () => ({ chunks: ['One ', 'two ', 'three ', 'four.'], delayBetweenMs: 100 });
    const before = openai.aborted;
    const controller = new AbortController();
    const reading = collect(
      (async function* () {
        for await (const piece of stream()(messages, controller.signal)) {
          yield piece;
          controller.abort();
        }
      })(),
    );
    await expect(reading).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(openai.aborted).toBe(before + 1);
  });

  describe('an error event mid-stream', () => {
    let server: Server;
    let baseURL = '';
    beforeAll(async () => {
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: 'Part' } }] })}\n\n`);
        res.end(`data: ${JSON.stringify({ error: { message: 'overloaded' } })}\n\n`);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    });
    afterAll(() => new Promise((resolve) => server.close(resolve)));

    it('fails the turn', async () => {
      const streamTurn = createModelReplyStream({ baseURL, apiKey: 'k', model: 'm' });
      await expect(collect(streamTurn(messages, new AbortController().signal))).rejects.toThrow(/overloaded/);
    });
  });
});
