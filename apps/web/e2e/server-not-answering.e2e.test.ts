import { describe, expect, it } from 'vitest';
import { expectNoSideScroll, signIn } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

// A tryout saw "Failed to execute 'json' on 'Response': Unexpected end of JSON input" on Buy while the
// API restarted: an empty 502 from the proxy is what a restart looks like to the page.
describe('a call the server never answered, as a candidate meets it in Chromium', () => {
  const product = productUnderTest();

  it.each(languages)('says Voxly could not be reached, in %s, never the browser’s parser error', async (language, dictionary) => {
    for (const [size, viewport] of viewports) {
      const where = `${language} ${size}`;
      const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
      const page = await context.newPage();
      await signIn(page, product.voxly.url, `Unanswered ${language} ${size}`);
      await page.goto(`${product.voxly.url}/pricing`);
      await page.locator('.packages button').first().waitFor();
      await page.route('**/trpc/billing.createCheckout**', (route) => route.fulfill({ status: 502, body: '' }));
      await page.locator('.packages button').first().click();
      const alert = page.locator('p.error[role=alert]');
      await alert.waitFor();
      expect(await alert.innerText(), where).toBe(dictionary.common.notReached);
      await expectNoSideScroll(page, where);
      await screenshot(page, `server-not-answering-${language}-${size}`);
      // The server answers again: the same button works, and nothing was bought by the failed try.
      await page.unroute('**/trpc/billing.createCheckout**');
      await page.locator('.packages button').first().click();
      await page.locator('button.approve').waitFor();
      await context.close();
    }
  });
});
