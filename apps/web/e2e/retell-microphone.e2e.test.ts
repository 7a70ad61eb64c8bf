import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { buyCredits, expectNoSideScroll, signedIn } from './support/journey.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

/** A browser whose microphone is missing: getUserMedia fails as Chromium does without one. */
const noMicrophone = `
  navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
`;

const blocked = {
  en: 'Start needs a working microphone',
  es: 'Para empezar esta entrevista hablada hace falta un micrófono',
  'pt-BR': 'Para começar esta entrevista falada é preciso um microfone',
} as const;

/** Retell mode: the call is spoken, so a failed microphone check must not let a credit be spent. */
describe('the microphone check before a Retell call, in Chromium', () => {
  let voxly: VoxlyProcess;
  let browser: Browser;
  beforeAll(async () => {
    [voxly, browser] = await Promise.all([
      // Nothing here reaches Retell: the page only needs to know the call will be spoken.
      startVoxly({
        RETELL_API_KEY: 'key_e2e_fake',
        RETELL_AGENT_ID: 'agent_e2e',
        RETELL_BASE_URL: 'http://127.0.0.1:9',
        RETELL_LLM_WEBSOCKET_SECRET: 'e2e-llm-socket-secret-0123456789abcdef',
      }),
      launchChromium(),
    ]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
  });

  for (const [language, locale, viewport] of [
    ['en', 'en-US', { width: 1280, height: 800 }],
    ['es', 'es-MX', { width: 390, height: 844 }],
    ['pt-BR', 'pt-BR', { width: 390, height: 844 }],
  ] as const) {
    it(`holds Start when the microphone is missing, and lets it go when it works (${language}, ${viewport.width} px)`, async () => {
      const missing = await browser.newContext({ locale, viewport });
      await missing.addInitScript(noMicrophone);
      const page = await missing.newPage();
      await page.goto(voxly.url);
      await page.locator('form.sign-in input').fill(`Mic ${language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, voxly.url);
      await page.goto(`${voxly.url}/interview/new`);
      const start = page.locator('form button[type=submit]').last();
      expect(await start.isEnabled()).toBe(true); // nothing known yet: the check is the candidate's to run
      await page.locator('.device-check button').first().click();
      await page.locator('[data-testid=mic-problem]').waitFor();
      await page.locator('[data-testid=start-blocked]').waitFor();
      expect(await page.locator('[data-testid=start-blocked]').innerText()).toContain(blocked[language]);
      expect(await start.isDisabled()).toBe(true);
      await expectNoSideScroll(page, `new interview, no microphone, ${language}`);
      await screenshot(page, `retell-no-microphone-${language}-${viewport.width}`);
      await missing.close();

      // Chromium's fake microphone: the check hears it, and Start is free.
      const working = await browser.newContext({ locale, viewport, permissions: ['microphone'] });
      const again = await working.newPage();
      await again.goto(voxly.url);
      await again.locator('form.sign-in input').fill(`Mic ${language}`);
      await again.locator('form.sign-in button[type=submit]').click();
      await signedIn(again);
      await again.goto(`${voxly.url}/interview/new`);
      await again.locator('.device-check button').first().click();
      await again.locator('[data-testid=mic-level]').waitFor();
      expect(await again.locator('[data-testid=start-blocked]').count()).toBe(0);
      expect(await again.locator('form button[type=submit]').last().isEnabled()).toBe(true);
      await working.close();
    });
  }
});
