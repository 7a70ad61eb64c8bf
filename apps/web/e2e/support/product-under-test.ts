import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { startVoxly, type VoxlyProcess } from './voxly-process.ts';

export interface ProductUnderTest {
  voxly: VoxlyProcess;
  browser: Browser;
}

/**
 * The product in production mode and Debian's Chromium, started before the suite's tests
 * and stopped after them. The returned object is filled in by `beforeAll`.
 */
export function productUnderTest(chromium: Parameters<typeof launchChromium>[0] = {}): ProductUnderTest {
  const product = {} as ProductUnderTest;
  beforeAll(async () => {
    [product.voxly, product.browser] = await Promise.all([startVoxly(), launchChromium(chromium)]);
  }, 120_000);
  // A failed journey shows what the server said meanwhile: a browser timeout alone does not tell why.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !product.voxly) return;
    const lines = product.voxly.output().trimEnd().split('\n').slice(-80);
    process.stderr.write(`[e2e] the server's last ${lines.length} log lines:\n${lines.join('\n')}\n`);
    // Its retry starts on a fresh product: the failed attempt's accounts and balances are not the retry's.
    await product.voxly.stop();
    product.voxly = await startVoxly();
  }, 120_000);
  afterAll(async () => {
    await product.browser?.close();
    await product.voxly?.stop();
  });
  return product;
}
