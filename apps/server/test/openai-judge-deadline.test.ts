import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenAiLanguageModel } from '../src/adapters/llm/openai-language-model.ts';
import { FakeOpenAi } from './support/fake-openai.ts';

const answerSchema = z.object({ ok: z.boolean() });
const request = (timeoutMs: number) => ({
  purpose: 'congruency' as const,
  messages: [
    { role: 'system' as const, content: 'Answer in JSON.' },
    { role: 'user' as const, content: 'Is it ok?' },
  ],
  jsonSchema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'] },
  schema: answerSchema,
  timeoutMs,
});

/** The structured calls through the real `openai` SDK against a local OpenAI-compatible server. */
describe('a structured model call’s deadline', () => {
  let openai: FakeOpenAi;
  beforeAll(async () => {
    openai = await new FakeOpenAi().start();
  });
  afterAll(() => openai?.stop());
  const model = () =>
    createOpenAiLanguageModel({
      kind: 'openai',
      baseURL: openai.baseURL,
      apiKey: 'sk-test',
      model: 'm',
      feedbackModel: 'm',
      local: true,
      maxConcurrency: 0,
      prefillMsPer1kTokens: 0,
    });

  it('is the one the request gives: a slower answer fails at it, with no retry stretching it', async () => {
    const before = openai.requests.length;
    openai.reply = () => ({ content: '{"ok":true}', delayBeforeFirstMs: 2_500 });
    const started = Date.now();
    // The caller's own signal never fires: only the request's deadline can end the call.
    await expect(model().judge(request(500), new AbortController().signal)).rejects.toThrow();
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(450);
    expect(took).toBeLessThan(1_500);
    expect(openai.requests.length - before).toBe(1);
  });

  it('covers the retries too: a server failing with 500 is retried once, within the deadline', async () => {
    const before = openai.requests.length;
    openai.reply = () => ({ status: 500, delayBeforeFirstMs: 300 });
    const started = Date.now();
    await expect(model().judge(request(1_000), new AbortController().signal)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_800);
    expect(openai.requests.length - before).toBeLessThanOrEqual(2);
  });

  it('answers within a deadline it meets', async () => {
    openai.reply = () => ({ content: '{"ok":true}', delayBeforeFirstMs: 100 });
    await expect(model().judge(request(5_000), new AbortController().signal)).resolves.toEqual({ ok: true });
  });
});
