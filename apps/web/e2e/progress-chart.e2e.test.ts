import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, shortInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

async function signIn(page: Page, base: string, name: string) {
  await page.goto(base);
  await page.locator('form.sign-in input').fill(name);
  await page.locator('form.sign-in button[type=submit]').click();
  await page.locator('main h1').filter({ hasText: name }).waitFor();
}

/** What each small chart draws: its series, its points' labels, and the drawn length of its line. */
async function drawnSeries(page: Page) {
  return page.locator('.progress-chart figure.sparkline').evaluateAll((figures) =>
    figures.map((figure) => {
      const line = figure.querySelector<SVGPathElement>('path.sparkline-line');
      const box = figure.querySelector('svg')?.getBoundingClientRect();
      const neverRated = figure.querySelector('p')?.getBoundingClientRect();
      return {
        series: figure.getAttribute('data-series'),
        labels: [...figure.querySelectorAll('.sparkline-point')].map((p) => p.getAttribute('data-label')),
        length: line ? line.getTotalLength() : 0,
        // A chart, or (for a competency no review rated) the sentence that says so.
        visible: (!!box && box.width > 100 && box.height > 30) || (!!neverRated && neverRated.height > 0),
      };
    }),
  );
}

describe('progress over time, readable on a phone and a desktop, in every language', () => {
  const product = productUnderTest();

  it('draws every series where it can be seen, with a distinct label per interview and values without hover', async () => {
    const base = product.voxly.url;
    const name = 'Chart Reader';
    const context = await product.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, base, name);
    await page.getByText(languages[0][1].dashboard.progressEmpty).waitFor(); // the empty state (signed in, in English)
    await buyCredits(page, base);
    // Three interviews on the same day: the old chart labelled every point with that day. Each has
    // two answers: one with fewer is "too few to judge", and stays out of the trend.
    await shortInterview(page, base, ['I am not sure.', 'I have not done that, sorry.']);
    await shortInterview(page, base, [
      'I led the migration of our billing service to events: I measured p99 before and after, and it fell from 800 ms to 350 ms.',
      'I chose Kafka over a queue because we needed replay; the trade-off was running it ourselves, so I wrote the runbooks.',
    ]);
    // The newest has a thin answer beside a strong one: a review rating everything 5 names no next step.
    await shortInterview(page, base, [
      'We had a slow checkout; I profiled it, found an N+1 query, batched it and cut the page time by half, then added a test for it.',
      'We talked about it.',
    ]);
    await context.close();

    for (const [language, dictionary] of languages) {
      for (const [size, viewport] of viewports) {
        const where = `${language} ${size}`;
        const shown = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
        const view = await shown.newPage();
        await signIn(view, base, name);
        await view.locator('.progress-chart svg').first().waitFor();

        // The summary, and the next step is a link to somewhere to practise.
        const summary = await view.getByTestId('summary').innerText();
        expect(summary, where).toMatch(/\d+\/100/);
        const next = view.getByTestId('next-step').getByRole('link', { name: dictionary.dashboard.nextStepLink });
        expect(await next.getAttribute('href'), where).toMatch(/^\/feedback\/[0-9a-f-]+$/);

        const series = await drawnSeries(view);
        expect(
          series.map((s) => s.series),
          where,
        ).toEqual(['overall', 'technical_depth', 'problem_solving', 'communication', 'role_fit', 'behavioural']);
        for (const s of series) {
          expect(s.visible, `${where} ${s.series}: on screen`).toBe(true);
          // A series rated in two or more interviews is a line that is actually drawn.
          if (s.labels.length >= 2) expect(s.length, `${where} ${s.series}: drawn length`).toBeGreaterThan(20);
        }
        const overall = series[0]!;
        expect(overall.labels, where).toHaveLength(3);
        expect(new Set(overall.labels).size, `${where}: distinct labels`).toBe(3);
        // Every competency the reviewer rated in more than one interview has its own line.
        expect(series.filter((s) => s.length > 0).length, where).toBeGreaterThanOrEqual(3);
        // The overall score and Communication never hide behind another line again.
        expect(series.find((s) => s.series === 'communication')!.length, where).toBeGreaterThan(20);

        // Values are written on the charts and the key names each interview: nothing needs a hover.
        const keyItems = await view.locator('.progress-key li').allInnerTexts();
        expect(keyItems, where).toHaveLength(3);
        expect(new Set(keyItems).size, where).toBe(3);
        expect(await view.locator('.sparkline-value').count(), where).toBeGreaterThanOrEqual(6);
        expect(await view.locator('.sparkline-latest').first().innerText(), where).toMatch(/\d+\/100/);
        await expectNoSideScroll(view, where);
        await view.locator('#progress-heading').scrollIntoViewIfNeeded();
        await screenshot(view, `progress-chart-${language}-${size}`);

        if (language === 'en' && size === 'phone') {
          // The link leads to the last review, whose questions can be practised again.
          await next.click();
          await view.locator('[data-testid=overall-score]').waitFor();
          expect(await view.locator('a.practise').count(), where).toBeGreaterThan(0);
        }
        await shown.close();
      }
    }
  });
});
