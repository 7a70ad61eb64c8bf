import { describe, expect, it } from 'vitest';
import { expectNoSideScroll } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A dictionary key on screen ("feedback.title") means a translation is missing. */
const rawKey = new RegExp(`\\b(${Object.keys(languages[0][1]).join('|')})\\.[A-Za-z_]+`);

describe('a sample report before paying', () => {
  const product = productUnderTest();

  it.each(languages)('is one click from the signed-out landing page, in %s, at phone and desktop sizes', async (language, dictionary) => {
    for (const [size, viewport] of viewports) {
      const where = `${language} ${size}`;
      const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(product.voxly.url);
      await page.locator('form.sign-in').waitFor(); // signed out
      const link = page.getByRole('link', { name: dictionary.sample.link });
      await screenshot(page, `landing-${language}-${size}`);
      // The report page itself asks the API nothing: it is the web app's own.
      const apiCalls: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/trpc')) apiCalls.push(request.url());
      });
      await link.click();
      await page.waitForURL(/\/sample-report$/);
      await page.getByTestId('overall-score').waitFor();

      expect(await page.getByTestId('overall-score').innerText(), where).toBe('74');
      expect(await page.evaluate(() => document.documentElement.lang), where).toBe(language);
      expect(await page.getByTestId('sample-note').innerText(), where).toBe(dictionary.sample.note);
      const text = await page.locator('main').innerText();
      // Everything a real report has, in this language.
      for (const heading of [
        dictionary.feedback.ratings,
        dictionary.feedback.strengths,
        dictionary.feedback.improvements,
        dictionary.feedback.questions,
        dictionary.feedback.metrics,
        dictionary.feedback.transcript,
      ]) {
        expect(text, `${where}: ${heading}`).toContain(heading);
      }
      expect(text, where).toContain(dictionary.competencies.communication);
      expect(text, where).not.toMatch(rawKey);
      expect(await page.locator('.transcript li, .report li').count(), where).toBeGreaterThan(10);
      expect(apiCalls, where).toEqual([]);
      expect(errors, where).toEqual([]);
      await expectNoSideScroll(page, `sample report ${where}`);
      await screenshot(page, `sample-report-${language}-${size}`);
      await context.close();
    }
  });

  it.each(languages)('is linked from the pricing page, whose package names are in %s', async (language, dictionary) => {
    const context = await product.browser.newContext({ locale: language, viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill(`Pricing ${language}`);
    await page.locator('form.sign-in button[type=submit]').click();
    await page
      .locator('main h1')
      .filter({ hasText: `Pricing ${language}` })
      .waitFor();
    await page.goto(`${product.voxly.url}/pricing`);
    await page.locator('.packages h2').first().waitFor();
    expect(await page.locator('.packages h2').allInnerTexts()).toEqual(Object.values(dictionary.pricing.packageNames));
    await screenshot(page, `pricing-${language}-phone`);
    await page.getByRole('link', { name: dictionary.pricing.sampleLink }).click();
    await page.waitForURL(/\/sample-report$/);
    expect(await page.getByTestId('overall-score').innerText()).toBe('74');
    await context.close();
  });
});
