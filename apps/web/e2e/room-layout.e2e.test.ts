import { mkdirSync } from 'node:fs';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';

/** Screenshots for a person to look at; not kept by CI. */
const shots = process.env.ROOM_LAYOUT_SHOTS_DIR ?? '/tmp/room-layout-shots';
mkdirSync(shots, { recursive: true });

/** How many lines of text an element's content takes: its content height over its line height. */
const linesOf = (locator: Locator) =>
  locator.evaluate((el) => {
    const style = getComputedStyle(el);
    const content = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    return Math.round((content - borders) / parseFloat(style.lineHeight));
  });

describe('the room’s bar and recording notice, each on one line (Chromium)', () => {
  const product = productUnderTest();

  for (const [language, t] of languages) {
    for (const [size, viewport] of viewports) {
      it(`keeps "End interview" and the recording notice to one line, in ${language} on a ${size}`, async () => {
        const context = await product.browser.newContext({
          locale: language,
          viewport,
          isMobile: size === 'phone',
          hasTouch: size === 'phone',
        });
        const page = await context.newPage();
        await signIn(page, product.voxly.url, `Layout ${language} ${size}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url);
        const tag = `${language}-${size}`;

        const end = page.getByRole('button', { name: t.room.endInterview });
        expect(await linesOf(end), '"End interview": one line').toBe(1);

        const notice = page.locator('.recording-notice');
        // Recording (the fake microphone lets it start): the longest notice there is.
        await page.locator('.recording-notice[data-recorder=recording]').waitFor();
        expect(await linesOf(notice.locator('summary')), 'recording notice: one line').toBe(1);
        const short = notice.locator('.recording-short');
        // The short line is whole, not cut by its ellipsis.
        expect(await short.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
        expect(await notice.locator('.recording-more').innerText()).toBe(t.recording.more);
        expect(await notice.locator('p').isVisible()).toBe(false);
        await expectNoSideScroll(page, `${tag} room`);
        // The bar lays out on one row: the clock, the toggles (behind "Options" on a phone) and "End", none wrapped.
        const items = await page.locator('.room-bar').evaluate((bar) =>
          [...bar.querySelectorAll(':scope > *:not(.room-options), .room-options > *')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => {
              const box = el.getBoundingClientRect();
              return { text: (el as HTMLElement).innerText, middle: box.top + box.height / 2, height: box.height, right: box.right };
            }),
        );
        expect(items.length, 'clock, toggles or "Options", and "End"').toBeGreaterThanOrEqual(3);
        const first = items[0]!.middle;
        for (const item of items) {
          expect(Math.abs(item.middle - first), `"${item.text}" on the bar's row (${JSON.stringify(items)})`).toBeLessThan(4);
          expect(item.height, `"${item.text}" on one line`).toBeLessThan(48);
        }
        await page.screenshot({ path: `${shots}/room-${tag}-closed.png` });

        // "More" shows the whole notice; pressing again folds it.
        await notice.locator('summary').click();
        await notice.locator('p').waitFor();
        expect(await notice.getAttribute('open')).not.toBeNull();
        await page.screenshot({ path: `${shots}/room-${tag}-open.png` });
        await notice.locator('summary').click();
        await notice.locator('p').waitFor({ state: 'hidden' });
        await context.close();
      });
    }
  }
});
