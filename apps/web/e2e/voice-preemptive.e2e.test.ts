import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { fakeSpeech, hear } from './support/fake-speech.ts';
import { buyCredits, startInterview } from './support/journey.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

/** A model server on the OpenAI wire: streamed replies naming the candidate's last words, JSON for the rest. */
function fakeModel() {
  const streamed: { at: number; last: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const request = JSON.parse(body) as { stream?: boolean; messages: { role: string; content: string }[] };
      if (!request.stream) {
        const content = JSON.stringify({ field: 'engineering', confidence: 0.9, fits: true, reason: 'fits' });
        res.writeHead(200, { 'content-type': 'application/json' });
        return void res.end(
          JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content } }] }),
        );
      }
      const last = request.messages.filter((m) => m.role === 'user').at(-1)?.content ?? '';
      streamed.push({ at: Date.now(), last });
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      // A model's time to first token: the preemptive reply hides it.
      setTimeout(() => {
        for (const text of ['You said: ', `${last.slice(0, 40)}. `, 'What did you measure?']) {
          res.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: text } }] })}\n\n`);
        }
        res.end('data: [DONE]\n\n');
      }, 400);
    });
  });
  return { server, streamed };
}

const cases = [
  { language: 'en', locale: 'en-US', viewport: { width: 1280, height: 800 }, said: 'I led the billing migration and cut costs by a third' },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    viewport: { width: 390, height: 844 },
    said: 'Eu liderei a migração do faturamento e reduzi os custos',
  },
] as const;

describe('voice answers with a model: the reply is ready when the candidate stops', () => {
  const model = fakeModel();
  let voxly: VoxlyProcess;
  let browser: Browser;
  beforeAll(async () => {
    await new Promise<void>((resolve) => model.server.listen(0, '127.0.0.1', resolve));
    const baseURL = `http://127.0.0.1:${(model.server.address() as AddressInfo).port}/v1`;
    [voxly, browser] = await Promise.all([
      startVoxly({
        OPENAI_BASE_URL: baseURL,
        OPENAI_MODEL: 'fake-interviewer',
        OPENAI_API_KEY: 'sk-e2e-fake',
        OPENAI_LOCAL_MODEL: 'false',
      }),
      launchChromium(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
    model.server.close();
  });

  for (const c of cases) {
    it(`starts the reply at the short pause and speaks it at the answer, once (${c.language}, ${c.viewport.width} px)`, async () => {
      const context = await browser.newContext({ locale: c.locale, viewport: c.viewport });
      await context.addInitScript(fakeSpeech);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(voxly.url);
      await page.locator('form.sign-in input').fill(`Voice ${c.language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, voxly.url);
      await startInterview(page, voxly.url, undefined, c.language);
      // On a phone the room's toggles fold behind "Options".
      const options = page.locator('.room-options-toggle');
      if (await options.isVisible()) await options.click();
      await page.locator('.room-bar .toggle input').last().check();
      await page.locator('[role=status]').first().waitFor();

      const before = model.streamed.length;
      const heardAt = Date.now();
      await hear(page, c.said);
      await page.locator('.transcript li.agent').nth(1).filter({ hasText: 'What did you measure?' }).waitFor({ timeout: 10_000 });

      const requests = model.streamed.slice(before);
      // One model request for the turn, made at the short pause, before the answer was sent at 1.8 s.
      expect(requests).toHaveLength(1);
      expect(requests[0]!.last).toBe(c.said);
      expect(requests[0]!.at - heardAt).toBeLessThan(1_500);
      expect(await page.locator('.transcript li.user').first().innerText()).toContain(c.said);
      expect(await page.locator('.transcript li.agent').nth(1).innerText()).toContain(`You said: ${c.said.slice(0, 40)}`);
      // The clock runs from the connection, whether or not the server's start stamp has arrived.
      await page.waitForFunction(() => !/^15:00/.test(document.querySelector('.clock')?.textContent ?? ''), undefined, { timeout: 5_000 });
      await screenshot(page, `voice-preemptive-${c.language}-${c.viewport.width}`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
