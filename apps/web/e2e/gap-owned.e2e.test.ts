import { spokenLines } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A first answer that opens by owning a gap, then tells real work: what a career changer says. */
const answers = {
  en: "I don't have a computer science degree, but I have built payment services in Go for six years at Nubank and led our move to Kubernetes on AWS.",
  es: 'No tengo un título en informática, pero construí servicios de pagos en Go durante seis años en Nubank y lideré la migración a Kubernetes en AWS.',
  'pt-BR':
    'Não tenho diploma em computação, mas construí serviços de pagamento em Go por seis anos no Nubank e liderei a migração para Kubernetes na AWS.',
} as const;

/** The interviewer thanks the candour ("Thanks for being upfront about that."), never "That makes sense". */
describe('an answer that owns a gap, in Chromium', () => {
  const product = productUnderTest();

  for (const [index, [language]] of languages.entries()) {
    const [size, viewport] = viewports[(index + 1) % viewports.length]!;
    it(`is thanked for its candour, in ${language} on a ${size}`, async () => {
      const context = await product.browser.newContext({ locale: language, viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await signIn(page, product.voxly.url, `Candour ${language}`);
      await buyCredits(page, product.voxly.url);
      await startInterview(page, product.voxly.url, undefined, language);
      await typeAnswer(page, 0, answers[language]);
      await page.locator('.transcript li.agent').nth(1).waitFor();
      await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
      const reply = await page.locator('.transcript li.agent').nth(1).innerText();
      const lines = spokenLines[language];
      expect(
        lines.gapAcknowledgements.some((line) => reply.includes(line)),
        reply,
      ).toBe(true);
      expect(reply).not.toContain(lines.acknowledgements[2]);
      await expectNoSideScroll(page, `${language} gap owned`);
      await screenshot(page, `gap-owned-${language}-${size}`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
