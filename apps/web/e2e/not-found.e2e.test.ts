import { describe, expect, it } from 'vitest';
import { signIn } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const unknown = ['/does-not-exist', '/report/garbage'];

describe('an address that is none of the app’s pages (Chromium)', () => {
  const product = productUnderTest();

  it.each(languages)('%s: says the page was not found, with a way home, signed out and signed in', async (language, t) => {
    const context = await product.browser.newContext({ locale: language, viewport: viewports[0][1] });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const notFound = page.getByTestId('not-found');

    // Signed out: not the landing, but "not found" in the visitor's language; its link leads home.
    for (const path of unknown) {
      const response = await page.goto(`${product.voxly.url}${path}`);
      await page.locator('[data-testid=not-found], form.sign-in').first().waitFor();
      expect(await page.locator('form.sign-in').count(), `${path}: no landing`).toBe(0);
      expect(await page.locator('h1').innerText()).toBe(t.notFound.title);
      expect(await notFound.innerText()).toContain(t.notFound.text);
      // The server says so too (a search engine or a link checker reads the status, not the page).
      expect(response?.status(), path).toBe(404);
    }
    for (const [name, size] of viewports) {
      await page.setViewportSize(size);
      await screenshot(page, `not-found-${language}-${name}-signed-out`, { fullPage: false });
    }
    await page.setViewportSize(viewports[0][1]);
    await page.getByRole('link', { name: t.notFound.home }).click();
    await page.locator('form.sign-in').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    // A real page still opens on the landing's sign-in for a visitor.
    expect((await page.goto(`${product.voxly.url}/pricing`))?.status()).toBe(200);
    await page.locator('form.sign-in').waitFor();

    // Signed in: the app's own header stays; the link back is the router's (no page load).
    await signIn(page, product.voxly.url, `Lost ${language}`);
    await page.goto(`${product.voxly.url}/report/garbage`);
    await notFound.waitFor();
    expect(await page.locator('main h1').innerText()).toBe(t.notFound.title);
    await page.locator('[data-testid=balance]').waitFor();
    for (const [name, size] of viewports) {
      await page.setViewportSize(size);
      await screenshot(page, `not-found-${language}-${name}-signed-in`, { fullPage: false });
    }
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole('link', { name: t.common.backToDashboard }).click();
    await page.waitForURL(`${product.voxly.url}/`);
    await notFound.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage), 'client-side navigation').toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
