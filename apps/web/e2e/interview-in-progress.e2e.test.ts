import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const post = {
  jobTitle: 'Warehouse Shift Lead',
  jobDescription: 'Lead a night shift of twelve pickers, plan the loading bays and keep the depot safe and on time.',
  resumeText: 'Picker for two years, then shift lead at a parcel depot: twelve people, bay planning, zero lost-time accidents.',
};

const balanceOf = async (page: Page) =>
  Number((await page.locator('[data-testid=balance]').filter({ hasText: /^\d+ / }).innerText()).match(/\d+/)?.[0]);

/** A call left running (by Back, or in another tab) holds the form: no second credit is spent while it runs. */
describe('a new interview while one is in progress, in Chromium', () => {
  const product = productUnderTest();

  for (const [language, t] of languages) {
    it(`says so instead of the form, leads back to the call, and offers the form again once it ended, in ${language} at phone and desktop sizes`, async () => {
      for (const [size, viewport] of viewports) {
        const context = await product.browser.newContext({ locale: language, viewport });
        context.setDefaultTimeout(40_000);
        const page = await context.newPage();
        await signIn(page, product.voxly.url, `Shift Lead ${language} ${size}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, post, language);
        // One answer: a call the candidate spoke in keeps its credit when it ends (one left silent is refunded).
        await typeAnswer(
          page,
          0,
          'I ran the night shift at a parcel depot for two years, twelve people, and we had no lost-time accidents.',
        );
        const room = page.url();
        const balance = await balanceOf(page);

        await page.goto(`${product.voxly.url}/interview/new`);
        const card = page.getByTestId('interview-in-progress');
        await expect.poll(() => card.isVisible()).toBe(true);
        expect(await card.innerText()).toContain(t.newInterview.inProgress.replace('{{job}}', post.jobTitle));
        expect(await page.locator('[name=jobTitle]').count()).toBe(0);
        await screenshot(page, `interview-in-progress-${language}-${size}`, { fullPage: false });

        await card.getByRole('link', { name: t.newInterview.goToInterview }).click();
        await page.waitForURL(room);
        await page.locator('button.danger').click();
        await page.locator('.confirm-end button.danger').click();
        await page.locator('.actions a.button').waitFor();

        await page.goto(`${product.voxly.url}/interview/new`);
        await page.locator('[name=jobTitle]').waitFor();
        expect(await card.count()).toBe(0);
        expect(await balanceOf(page)).toBe(balance);
        await context.close();
      }
    });
  }

  it('refuses the form sent from a second tab opened before the call started, charging nothing, in every language', async () => {
    for (const [language, t] of languages) {
      const context = await product.browser.newContext({ locale: language, viewport: viewports[1][1] });
      context.setDefaultTimeout(40_000);
      const first = await context.newPage();
      await signIn(first, product.voxly.url, `Two Tabs ${language}`);
      await buyCredits(first, product.voxly.url);
      const second = await context.newPage();
      await second.goto(`${product.voxly.url}/interview/new`);
      await second.locator('[name=jobTitle]').fill(post.jobTitle);
      await second.locator('[name=jobDescription]').fill(post.jobDescription);
      await second.locator('[name=resumeText]').fill(post.resumeText);

      await startInterview(first, product.voxly.url, post, language);
      const balance = await balanceOf(first);
      await second.locator('form button[type=submit]').last().click();
      const warning = second.locator('[data-testid=fit-warning]');
      const refusal = second.getByTestId('interview-in-progress');
      await refusal.or(warning).first().waitFor();
      if (await warning.isVisible()) await warning.locator('button').first().click();
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain(t.newInterview.inProgress.replace('{{job}}', post.jobTitle));
      expect(second.url()).toMatch(/\/interview\/new$/);
      await second.reload();
      expect(await balanceOf(second)).toBe(balance);
      await context.close();
    }
  });
});
