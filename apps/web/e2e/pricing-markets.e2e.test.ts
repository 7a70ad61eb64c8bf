import { mkdirSync } from 'node:fs';
import { findCreditPackage, formatPrice, type CheckoutCurrency } from '@voxly/config';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { expectNoSideScroll, signedIn } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

/** Screenshots for a person to look at; not kept by CI. */
const shots = process.env.PRICING_SHOTS_DIR ?? '/tmp/pricing-markets-shots';
mkdirSync(shots, { recursive: true });

/** The browser's locale for each UI language, and the market its region lands on (VOXLY_MARKETS=BRL,ARS,MXN). */
const browsers = {
  en: { locale: 'en-US', market: 'BRL' }, // the US is no market: the default
  es: { locale: 'es-AR', market: 'ARS' },
  'pt-BR': { locale: 'pt-BR', market: 'BRL' },
} as const satisfies Record<string, { locale: string; market: CheckoutCurrency }>;

const starterPrice = (page: Page) => page.locator('.packages li').first().locator('.price').textContent();

describe('prices in the visitor’s market, switchable (Chromium)', () => {
  let voxly: VoxlyProcess;
  let browser: Browser;
  beforeAll(async () => {
    [voxly, browser] = await Promise.all([startVoxly({ VOXLY_MARKETS: 'BRL,ARS,MXN' }), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
  });

  for (const [language, t] of languages) {
    for (const [size, viewport] of viewports) {
      it(`shows the browser region’s price, switches market and keeps it, in ${language} on a ${size}`, async () => {
        const { locale, market } = browsers[language];
        const context = await browser.newContext({ locale, viewport, isMobile: size === 'phone', hasTouch: size === 'phone' });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(voxly.url);
        await page.locator('form.sign-in input').fill(`Market ${language} ${size}`);
        await page.locator('form.sign-in button[type=submit]').click();
        await signedIn(page);
        const tag = `${language}-${size}`;

        // A returning candidate's dashboard (zero credits) fills in without moving its content
        // (the header's balance and name still arrive late: their small shifts are not counted).
        await page.reload();
        await page.locator('main a[href="/pricing"]').waitFor();
        const shifted = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              type Shift = PerformanceEntry & { value: number; sources: { node: Node | null }[] };
              let sum = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as Shift[]) {
                  if (entry.sources.some((source) => source.node && document.querySelector('main')?.contains(source.node)))
                    sum += entry.value;
                }
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => resolve(sum), 500);
            }),
        );
        expect(shifted, 'layout shift in the dashboard while it loads').toBeLessThan(0.001);
        await page.screenshot({ path: `${shots}/dashboard-${tag}.png`, fullPage: true });

        await page.goto(`${voxly.url}/pricing`);
        const uiLocale = await page.evaluate(() => document.documentElement.lang);
        expect(uiLocale).toBe(language);
        const marketSwitch = page.getByLabel(t.pricing.market);
        await marketSwitch.waitFor();
        expect(await marketSwitch.inputValue()).toBe(market);
        expect(await starterPrice(page)).toBe(formatPrice(findCreditPackage('starter', market), language));
        expect(await marketSwitch.locator('option').count()).toBe(3);
        // Every amount on the page groups its thousands alike (Spanish's default left 9900 bare beside 26.900).
        const amounts = await page.locator('.packages li p').allInnerTexts();
        if (market === 'ARS') expect(amounts[0], 'the 4-digit starter price grouped').toContain('9.900,00');
        for (const text of amounts) expect(text, 'no thousands left ungrouped').not.toMatch(/\d{4}/);
        // "Prices in" and its switch share one row.
        const label = (await page.locator('.market-switch label').boundingBox())!;
        const select = (await marketSwitch.boundingBox())!;
        expect(Math.abs(label.y + label.height / 2 - (select.y + select.height / 2)), 'label beside the switch').toBeLessThan(4);
        await expectNoSideScroll(page, `${tag} pricing`);
        await page.screenshot({ path: `${shots}/pricing-${tag}-${market}.png`, fullPage: true });

        // Switched, the prices are Mexico's; the account keeps the choice across a reload.
        await marketSwitch.selectOption('MXN');
        const mexican = formatPrice(findCreditPackage('starter', 'MXN'), language);
        await page.waitForFunction((text) => document.querySelector('.packages li .price')?.textContent === text, mexican);
        await page.screenshot({ path: `${shots}/pricing-${tag}-MXN.png`, fullPage: true });
        await page.waitForTimeout(300); // the switch is saved in the background
        await page.reload();
        await page.locator('.packages li .price').first().waitFor();
        expect(await page.getByLabel(t.pricing.market).inputValue()).toBe('MXN');
        expect(await starterPrice(page)).toBe(mexican);

        // The checkout charges what the page showed: the sandbox names Mexico's price.
        await page.locator('.packages button').first().click();
        await page.locator('button.approve').waitFor();
        expect(await page.locator('body').innerText()).toContain('119');
        await page.locator('button.approve').click();
        await page.locator('[data-testid=balance]').filter({ hasText: /^3 / }).waitFor();
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }

  /** The sandbox checkout's heading and approve button in each language. */
  const checkoutWords = {
    es: { heading: 'Pago en Voxly', approve: 'Aprobar el pago' },
    'pt-BR': { heading: 'Pagamento na Voxly', approve: 'Aprovar o pagamento' },
  } as const;

  for (const language of ['es', 'pt-BR'] as const) {
    for (const [size, viewport] of viewports) {
      it(`checks out in the language chosen in the app (${language}) on an en-US browser, on a ${size}, with no failed request`, async () => {
        const context = await browser.newContext({ locale: 'en-US', viewport, isMobile: size === 'phone', hasTouch: size === 'phone' });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        page.on('response', (response) => {
          if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
        });
        await page.goto(voxly.url);
        await page.locator('form.sign-in input').fill(`Chooser ${language} ${size}`);
        await page.locator('form.sign-in button[type=submit]').click();
        await signedIn(page);
        // The browser says English; the candidate switches the app.
        await page.getByLabel('Language').selectOption(language);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
        await page.goto(`${voxly.url}/pricing`);
        await page.locator('.packages button').first().click();

        const words = checkoutWords[language];
        await page.getByRole('heading', { name: words.heading }).waitFor();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        expect(await page.locator('button.approve').innerText()).toBe(words.approve);
        // The price is the server's (the default market for a US browser), written as the chosen language writes it.
        expect(await page.locator('.price').innerText()).toBe(formatPrice(findCreditPackage('starter', 'BRL'), language));
        await expectNoSideScroll(page, `${language} ${size} checkout`);
        await page.screenshot({ path: `${shots}/checkout-${language}-${size}.png`, fullPage: true });

        // The page names the app's icon, and the icon (by either name) is an image, not index.html.
        const icon = await page.locator('link[rel=icon]').getAttribute('href');
        for (const path of [icon ?? '/favicon.ico', '/favicon.ico']) {
          const answer = await page.request.get(new URL(path, page.url()).href);
          expect(answer.status(), path).toBe(200);
          expect(answer.headers()['content-type'], path).toMatch(/^image\//);
        }

        await page.locator('button.approve').click();
        await page.locator('[data-testid=balance]').filter({ hasText: /^3 / }).waitFor();
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }
});
