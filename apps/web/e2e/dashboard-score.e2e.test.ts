import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const answers = [
  'I led the move of our payment API to Node.js and TypeScript on Kubernetes; I profiled the slow path and halved p99 latency from 400 to 200 ms.',
  'When two teams disagreed on the event schema I wrote both options down with their costs, we picked one in a day and shipped it that sprint.',
  'I set up CI/CD with canary releases on AWS, so a bad deploy rolled back in two minutes instead of an hour of manual work.',
];

// The review used to be written only when the report was first opened: a candidate who went
// back to the dashboard saw "—" and no trend. The dashboard now asks for it itself.
describe('the dashboard after an interview, without opening the report', () => {
  const product = productUnderTest();

  it.each(languages)(
    'shows its score in %s, at phone and desktop sizes, and why no chart yet beside an unscored one',
    async (language, dictionary) => {
      for (const [size, viewport] of viewports) {
        const where = `${language} ${size}`;
        const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
        const page = await context.newPage();
        await signIn(page, product.voxly.url, `Scored ${language} ${size}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url);
        for (const [i, answer] of answers.entries()) await typeAnswer(page, i, answer);
        await page.locator('button.danger').click();
        await page.locator('.confirm-end button.danger').click();
        // Straight back to the dashboard by the header, the report never opened.
        await page.getByRole('link', { name: dictionary.header.dashboard }).click();
        const score = page.getByTestId('score').first();
        await expect.poll(() => score.innerText(), { timeout: 15_000 }).toMatch(/^\d+/);
        expect(await score.innerText(), where).not.toContain(dictionary.dashboard.noScore);
        await expectNoSideScroll(page, where);
        await screenshot(page, `dashboard-score-${language}-${size}`);
        // A second interview ended after one answer has too few to judge: two are finished, but the chart waits for a
        // second score, and says so rather than "finish two interviews".
        await startInterview(page, product.voxly.url);
        await typeAnswer(page, 0, answers[0] ?? '');
        await page.locator('button.danger').click();
        await page.locator('.confirm-end button.danger').click();
        await page.getByRole('link', { name: dictionary.header.dashboard }).click();
        await page.locator('.too-few').first().waitFor({ timeout: 15_000 });
        expect(await page.getByTestId('progress-empty').innerText(), where).toBe(dictionary.dashboard.progressNeedsScores);
        await expectNoSideScroll(page, `${where} with an unscored interview`);
        await screenshot(page, `dashboard-needs-scores-${language}-${size}`, { fullPage: true });
        await context.close();
      }
    },
  );
});
