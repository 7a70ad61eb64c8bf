import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { fakeSpeech, hear } from './support/fake-speech.ts';
import { buyCredits, signIn, startInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

/** Half an answer, as speech recognition hears it before the candidate pauses for good. */
const halfAnswers = {
  en: 'I spent four years on the payments team, mostly on the sched',
  es: 'Pasé cuatro años en el equipo de pagos, sobre todo con la plan',
  'pt-BR': 'Passei quatro anos no time de pagamentos, principalmente na agen',
} as const;
const endings = { en: 'ule for three clinics.', es: 'ificación de turnos.', 'pt-BR': 'da de três clínicas.' } as const;

/**
 * A reload while the candidate is still speaking (a short pause has shown the server the
 * words so far): the half answer is not sent as said. It comes back in the answer box.
 */
describe('a reload mid-answer', () => {
  let voxly: VoxlyProcess;
  let browser: Browser;
  beforeAll(async () => {
    [voxly, browser] = await Promise.all([startVoxly(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
  });

  for (const [index, [language]] of languages.entries()) {
    const [size, viewport] = viewports[index % viewports.length]!;
    it(`gives the half answer back to the answer box, unsent, in ${language} on a ${size}`, async () => {
      const context = await browser.newContext({ locale: language, viewport });
      await context.addInitScript(fakeSpeech);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      // Leaving the room mid-call asks first: the candidate confirms the reload.
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, voxly.url, `Reload ${language}`);
      await buyCredits(page, voxly.url);
      await startInterview(page, voxly.url, undefined, language);
      const options = page.locator('.room-options-toggle');
      if (await options.isVisible()) await options.click();
      await page.locator('.room-bar .toggle input').last().check();
      await page.locator('.transcript li.agent').first().waitFor();

      const half = halfAnswers[language];
      await hear(page, half);
      // Past the short pause (0.6 s: the words so far go to the server), before the long one (1.8 s: sent).
      await page.waitForTimeout(1_000);
      await page.reload();

      await page.locator('#answer').waitFor();
      await expect.poll(() => page.locator('#answer').inputValue(), { timeout: 10_000 }).toBe(half);
      // Still the candidate's turn: nothing of the half answer is in the conversation, and no reply to it comes.
      await page.waitForTimeout(1_500);
      expect(await page.locator('.transcript li.user').count()).toBe(0);
      expect(await page.locator('.transcript li.agent').count()).toBe(1);
      await screenshot(page, `reload-mid-answer-${language}-${size}`, { fullPage: false });

      // The candidate finishes the sentence and sends it: one whole answer, one reply.
      const whole = `${half}${endings[language]}`;
      await page.locator('#answer').fill(whole);
      await page.locator('#answer').press('Enter');
      await page.locator('.transcript li.agent').nth(1).waitFor({ timeout: 10_000 });
      const said = await page.locator('.transcript li.user').allInnerTexts();
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(whole);
      expect(errors).toEqual([]);
      await context.close();
    });

    // A typed answer never reaches the server until it is sent: this tab keeps it.
    it(`gives a typed, unsent answer back after a reload, in ${language} on a ${size}`, async () => {
      const context = await browser.newContext({ locale: language, viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, voxly.url, `Typed ${language}`);
      await buyCredits(page, voxly.url);
      await startInterview(page, voxly.url, undefined, language);
      await page.locator('#answer:not([disabled])').waitFor();
      const half = halfAnswers[language];
      await page.locator('#answer').fill(half);
      await page.reload();

      await page.locator('#answer').waitFor();
      await expect.poll(() => page.locator('#answer').inputValue(), { timeout: 10_000 }).toBe(half);
      expect(await page.locator('.transcript li.user').count()).toBe(0);
      await screenshot(page, `reload-typed-answer-${language}-${size}`, { fullPage: false });
      // Sent, it is forgotten: the next reload opens an empty box.
      await page.locator('#answer').press('Enter');
      await page.locator('.transcript li.agent').nth(1).waitFor({ timeout: 10_000 });
      await page.reload();
      await page.locator('.transcript li.user').first().waitFor();
      expect(await page.locator('#answer').inputValue()).toBe('');
      expect(errors).toEqual([]);
      await context.close();
    });

    // On a shared computer the next person at the keyboard finds nothing of the last candidate's words.
    it(`forgets a typed, unsent answer on sign-out, in ${language} on a ${size}`, async () => {
      const context = await browser.newContext({ locale: language, viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('dialog', (dialog) => void dialog.accept());
      await signIn(page, voxly.url, `Shared ${language}`);
      await buyCredits(page, voxly.url);
      await startInterview(page, voxly.url, undefined, language);
      await page.locator('#answer:not([disabled])').waitFor();
      await page.locator('#answer').fill(halfAnswers[language]);
      const kept = () => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('voxly.draft.')));
      await expect.poll(kept).toHaveLength(1);

      await page.locator('header .header-end button.secondary').click();
      await page.locator('form.sign-in').waitFor();
      expect(await kept()).toEqual([]);
      await screenshot(page, `signed-out-after-draft-${language}-${size}`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
