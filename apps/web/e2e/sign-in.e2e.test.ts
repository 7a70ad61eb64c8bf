import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

describe('a new candidate in local mode, in Chromium', () => {
  let voxly: VoxlyProcess;
  let browser: Browser;
  beforeAll(async () => {
    [voxly, browser] = await Promise.all([startVoxly(), launchChromium()]);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await voxly?.stop();
  });

  it('signs in, sees a zero balance and local mode, buys credits in the sandbox and signs out', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(voxly.url);
    await page.getByRole('heading', { name: 'Sign in to Voxly' }).waitFor();
    await screenshot(page, '01-sign-in');

    // Refused input is explained inline and nothing is sent.
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Enter your name.');

    await page.getByLabel('Your name').fill('Camila Rocha');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Camila Rocha' }).waitFor();
    expect(await page.getByTestId('balance').textContent()).toBe('0 credits');
    expect(await page.getByText('Local mode').isVisible()).toBe(true);
    expect(await page.getByText('You have no credits yet.').isVisible()).toBe(true);
    await screenshot(page, '02-dashboard-zero-balance');

    // The session survives a reload (HttpOnly cookie; the page never sees it).
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Camila Rocha' }).waitFor();
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.getByRole('link', { name: 'Buy a credit package' }).click();
    await page.getByRole('heading', { name: 'Credit packages' }).waitFor();
    const packageNames = await page.locator('.packages h2').allTextContents();
    expect(packageNames).toEqual(['Starter', 'Intermediate', 'Professional']);
    expect(await page.locator('.packages .price').first().textContent()).toMatch(/R\$\s?29[.,]90/);
    await screenshot(page, '03-pricing');

    // Buy the Starter package through the sandbox checkout (signed webhook, as in production).
    await page.getByRole('button', { name: 'Buy the Starter package' }).click();
    await page.getByRole('heading', { name: 'Voxly checkout' }).waitFor();
    expect(await page.getByText('3 interview credits').isVisible()).toBe(true);
    await screenshot(page, '04-sandbox-checkout');
    await page.getByRole('button', { name: 'Approve payment' }).click();
    await page.getByRole('heading', { name: 'Payment approved' }).waitFor();
    await page.getByTestId('balance').filter({ hasText: '3 credits' }).waitFor();
    await screenshot(page, '05-payment-approved');

    // Pending now, approved later: the return page (already shown) and the header catch up by themselves.
    await page.getByRole('link', { name: 'Buy credits' }).click();
    await page.getByRole('button', { name: 'Buy the Intermediate package' }).click();
    await page.getByRole('button', { name: 'Leave pending' }).click();
    await page.getByRole('heading', { name: 'Payment pending' }).waitFor();
    const orderId = new URL(page.url()).searchParams.get('order')!;
    const elsewhere = await page.context().newPage();
    await elsewhere.goto(`${voxly.url}/sandbox/checkout/${orderId}`);
    await elsewhere.getByRole('button', { name: 'Approve payment' }).click();
    await elsewhere.close();
    await page.getByRole('heading', { name: 'Payment approved' }).waitFor();
    await page.getByTestId('balance').filter({ hasText: '13 credits' }).waitFor();

    // A deep link to a client-side route is served by the server, not a 404.
    await page.goto(`${voxly.url}/interview/new`);
    await page.getByRole('heading', { name: 'New interview' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Voxly' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('fits a phone screen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(voxly.url);
    await page.getByLabel('Your name').fill('Ravi');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ravi' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '06-phone-dashboard');
  });
});
