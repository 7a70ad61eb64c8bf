import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, expectNoSideScroll, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** Words that mean an internal error leaked onto the page: a stack, SQL, a library's or the schema's message. */
const leak = /\bat .+:\d+|select |from "|TRPC|Zod|Error\b|Not a share link|invalid_format|stack|undefined/i;

/** A link that never opens a report: malformed (a dot, too short), and well-formed but unknown. */
const deadLinks = () => ({
  malformed: '/shared/a.b',
  short: '/shared/xyz',
  unknown: `/shared/${randomBytes(32).toString('base64url')}`,
});

/**
 * One real shared link and one turned off, made once per product by a candidate in the browser
 * (a failed test's retry gets a fresh product, so the links are made again there).
 */
const links = new Map<string, Promise<{ live: string; revoked: string }>>();
function sharedLinks(browser: Browser, base: string) {
  if (!links.has(base)) links.set(base, makeSharedLinks(browser, base));
  return links.get(base)!;
}
async function makeSharedLinks(browser: Browser, base: string) {
  const context = await browser.newContext({ locale: 'en', viewport: viewports[1][1] });
  const page = await context.newPage();
  const share = async () => {
    await page.getByRole('button', { name: 'Share a read-only link' }).click();
    return new URL(await page.getByTestId('share-link').inputValue()).pathname;
  };
  await signIn(page, base, 'Link Sharer');
  await buyCredits(page, base);
  await startInterview(page, base);
  await typeAnswer(page, 0, 'I built our payments API in Node.js on AWS and cut p99 latency from 400 to 180 ms with a queue.');
  await endAndOpenReport(page);
  const revoked = await share();
  await page.getByRole('button', { name: 'Stop sharing' }).click();
  const live = await share(); // sharing again makes a new link: the first one stays dead
  await context.close();
  return { live, revoked };
}

/** The "link does not open a report" page, with no landing, no internal words, and a link home. */
async function expectGone(page: Page, [language, t]: (typeof languages)[number], where: string) {
  const gone = page.getByTestId('shared-gone');
  await page.locator('[data-testid=shared-gone], form.sign-in, [data-testid=overall-score]').first().waitFor();
  expect(await page.locator('form.sign-in').count(), `${where}: not the landing`).toBe(0);
  expect(await gone.count(), `${where}: the shared page says the link is dead`).toBe(1);
  expect(await gone.locator('h1').innerText(), where).toBe(t.feedback.sharedGoneTitle);
  expect(await gone.innerText(), where).toContain(t.feedback.sharedGone);
  expect(await page.getByRole('link', { name: t.notFound.home }).getAttribute('href'), where).toBe('/');
  // Nothing of the read-only notice: there is no copy here to be read-only.
  expect(await page.getByText(t.feedback.sharedNote).count(), where).toBe(0);
  expect(await page.locator('body').innerText(), where).not.toMatch(leak);
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe(language);
}

describe('a shared report link (Chromium)', () => {
  const product = productUnderTest();

  it.each(languages)('%s: a dead link says so to a signed-out visitor, with a way home; a live one opens', async (language, t) => {
    const { live, revoked } = await sharedLinks(product.browser, product.voxly.url);
    for (const [size, viewport] of viewports) {
      const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      for (const [kind, path] of Object.entries({ ...deadLinks(), revoked })) {
        const where = `${language} ${size} ${kind}`;
        await page.goto(`${product.voxly.url}${path}`);
        await expectGone(page, [language, t], where);
        await expectNoSideScroll(page, where);
        if (kind === 'malformed' || kind === 'unknown') await screenshot(page, `shared-gone-${kind}-${language}-${size}`);
      }
      // Its link leads to the home page: for a visitor, the landing.
      await page.getByRole('link', { name: t.notFound.home }).click();
      await page.locator('form.sign-in').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');

      // A live link still opens the report, signed out.
      await page.goto(`${product.voxly.url}${live}`);
      await page.getByTestId('overall-score').waitFor();
      expect(await page.getByTestId('shared-gone').count()).toBe(0);
      expect(await page.getByText(t.feedback.sharedNote).count()).toBe(1);
      await screenshot(page, `shared-live-${language}-${size}`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it.each(languages)('%s: a signed-in visitor gets the same page for a dead link, and the report for a live one', async (language, t) => {
    const { live } = await sharedLinks(product.browser, product.voxly.url);
    const context = await product.browser.newContext({ locale: language, viewport: viewports[0][1], isMobile: true });
    const page = await context.newPage();
    await signIn(page, product.voxly.url, `Reader ${language}`);
    for (const [kind, path] of Object.entries(deadLinks())) {
      await page.goto(`${product.voxly.url}${path}`);
      await expectGone(page, [language, t], `${language} signed in ${kind}`);
    }
    await screenshot(page, `shared-gone-signed-in-${language}-phone`);
    await page.goto(`${product.voxly.url}${live}`);
    await page.getByTestId('overall-score').waitFor();
    await context.close();
  });

  it.each(languages)(
    '%s: a lookup that fails on the way says to try again (not "gone"), and trying again opens it',
    async (language, t) => {
      const { live } = await sharedLinks(product.browser, product.voxly.url);
      for (const [size, viewport] of viewports) {
        const where = `${language} ${size}`;
        const context = await product.browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
        const page = await context.newPage();
        let down = true;
        await page.route(/\/trpc\/feedback\.shared/, (route) => (down ? route.abort('internetdisconnected') : route.continue()));
        await page.goto(`${product.voxly.url}${live}`);
        const unreachable = page.getByTestId('shared-unreachable');
        await unreachable.waitFor();
        expect(await unreachable.innerText(), where).toContain(t.feedback.sharedUnreachable);
        expect(await page.getByTestId('shared-gone').count(), where).toBe(0);
        expect(await page.locator('body').innerText(), where).not.toMatch(leak);
        await expectNoSideScroll(page, where);
        await screenshot(page, `shared-unreachable-${language}-${size}`);
        down = false;
        await page.getByRole('button', { name: t.common.tryAgain }).click();
        await page.getByTestId('overall-score').waitFor();
        await context.close();
      }
    },
  );
});
