import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, signIn, startInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** What the scripted interviewer says to silence (`spokenLines[language].reminders[0]` in @voxly/prompts). */
const reminders = {
  en: 'Take your time. Would you like me to repeat or rephrase the question?',
  es: 'Tómate tu tiempo. ¿Quieres que repita o reformule la pregunta?',
  'pt-BR': 'Fique à vontade. Quer que eu repita ou reformule a pergunta?',
} as const;

/** A room in a new context, signed in with credits, its first question asked; nothing typed yet. */
async function roomWithQuestion(
  browser: Browser,
  base: string,
  language: string,
  viewport: { width: number; height: number },
  name: string,
) {
  const context = await browser.newContext({ locale: language, viewport });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  await signIn(page, base, name);
  await buyCredits(page, base);
  await startInterview(page, base, undefined, language);
  return { context, page };
}

const agentLines = (page: Page) => page.locator('.transcript li.agent p').allInnerTexts();

/** The room's silence: a minute with nothing typed after a question, in every language and size (all at once: each waits that minute). */
describe('silence after a question, in the typed room (Chromium)', () => {
  const product = productUnderTest();

  it('offers to repeat or rephrase after a silent minute, in en/es/pt-BR at phone and desktop sizes; a draft in the box holds it off', async () => {
    const base = product.voxly.url;
    const silent = languages.flatMap(([language]) =>
      viewports.map(async ([size, viewport]) => {
        const { context, page } = await roomWithQuestion(product.browser, base, language, viewport, `Silent ${language} ${size}`);
        const before = await agentLines(page);
        await expect
          .poll(async () => (await agentLines(page)).length, { timeout: 80_000, message: `${language} ${size}` })
          .toBe(before.length + 1);
        expect((await agentLines(page)).at(-1), `${language} ${size}`).toBe(reminders[language]);
        // The candidate can answer right away: the box is open again.
        await expect.poll(() => page.locator('#answer').isEnabled()).toBe(true);
        await screenshot(page, `silence-reminder-${language}-${size}`, { fullPage: false });
        await context.close();
      }),
    );
    const drafting = (async () => {
      const { context, page } = await roomWithQuestion(product.browser, base, 'en', viewports[1][1], 'Drafting Slowly');
      const before = await agentLines(page);
      await page.locator('#answer').fill('Let me think: the time I');
      await page.waitForTimeout(70_000);
      expect(await agentLines(page), 'a draft holds the reminder off').toEqual(before);
      await context.close();
    })();
    await Promise.all([...silent, drafting]);
  }, 240_000); // a minute of silence, waited on purpose, after seven sign-ins at once
});
