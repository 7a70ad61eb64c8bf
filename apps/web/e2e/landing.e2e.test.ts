import { describe, expect, it } from 'vitest';
import { expectNoSideScroll } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** The first screen a visitor sees: what Voxly is, and the way in, without scrolling. */
describe('the signed-out landing page, in Chromium', () => {
  const product = productUnderTest();

  for (const [language, t] of languages) {
    it(`shows the title and the sign-in on the first screen, the points after, in ${language} at phone and desktop sizes`, async () => {
      for (const [size, viewport] of viewports) {
        const where = `${language} ${size}`;
        const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
        const page = await context.newPage();
        await page.goto(product.voxly.url);
        await page.getByRole('heading', { name: t.landing.title }).waitFor();
        const submit = page.locator('form.sign-in button[type=submit]');
        const box = await submit.boundingBox();
        expect(box, where).not.toBeNull();
        expect(box!.y + box!.height, `${where}: the sign-in button is on the first screen`).toBeLessThanOrEqual(viewport.height);
        // Every point is still there, with the sample report one click away.
        for (const point of Object.values(t.landing.points)) {
          await expect.poll(() => page.getByText(point.title).count(), { message: where }).toBe(1);
        }
        await page.getByTestId('sample-report-link').waitFor();
        await expectNoSideScroll(page, where);
        await screenshot(page, `landing-${language}-${size}`, { fullPage: false });
        await context.close();
      }
    });
  }
});
