import { describe, expect, it } from 'vitest';
import { expectNoSideScroll, signIn } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

// A page's chunk that will not load (the network dropped, or a deploy replaced the file an open
// tab's scripts name) used to leave the whole page blank; now the page says so and reloads.
describe('a page whose code does not load', () => {
  const product = productUnderTest();

  it.each(languages)('says so with a reload instead of a blank page, in %s, at phone and desktop sizes', async (language, dictionary) => {
    for (const [size, viewport] of viewports) {
      const where = `${language} ${size}`;
      const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
      const page = await context.newPage();
      await signIn(page, product.voxly.url, `Offline ${language} ${size}`);
      // The pricing page's own chunk fails, as after a deploy.
      let blocked = true;
      await page.route(/\/assets\/pricing-page-[^/]+\.js$/, (route) => (blocked ? route.abort('failed') : route.continue()));
      await page.getByRole('link', { name: dictionary.header.buyCredits }).click();
      const alert = page.getByTestId('part-not-loaded');
      await alert.waitFor();
      expect(await alert.locator('p').innerText(), where).toBe(dictionary.common.partNotLoaded);
      // The header stays: the rest of the app still works around the part that did not load.
      expect(await page.getByRole('link', { name: dictionary.header.buyCredits }).isVisible(), where).toBe(true);
      await expectNoSideScroll(page, where);
      await screenshot(page, `part-not-loaded-${language}-${size}`);
      // The network is back: the reload opens the page.
      blocked = false;
      await page.getByRole('button', { name: dictionary.common.reloadPage }).click();
      await page.waitForLoadState('load');
      await page.locator('main h1').waitFor();
      expect(await page.getByTestId('part-not-loaded').count(), where).toBe(0);
      expect(new URL(page.url()).pathname, where).toBe('/pricing');
      await context.close();
    }
  });
});
