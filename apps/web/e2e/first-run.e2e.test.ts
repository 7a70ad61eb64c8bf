import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@voxly/api/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';
import { expectNoSideScroll } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { screenshot } from './support/screenshots.ts';
import { startVoxly, type VoxlyProcess } from './support/voxly-process.ts';

const webRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * `npm start` as a first-time user meets it: the web dev server (Vite, proxying to the API)
 * is up and the API is not yet. Pages opened then say Voxly is starting, never "502", and go on
 * to the app by themselves once the API listens.
 */
describe('first run: pages opened before the API is up', () => {
  let web: ViteDevServer;
  let webUrl: string;
  let apiPort: number;
  let browser: Browser;
  let api: VoxlyProcess | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [apiPort, browser] = await Promise.all([freePort(), launchChromium()]);
    const webPort = await freePort();
    // vite.config.ts reads where the API is from the environment, as it does under `npm start`.
    process.env.VOXLY_API_URL = `http://127.0.0.1:${apiPort}`;
    web = await createServer({
      root: webRoot,
      configFile: join(webRoot, 'vite.config.ts'),
      logLevel: 'silent',
      server: { port: webPort, strictPort: true },
    });
    await web.listen();
    webUrl = `http://127.0.0.1:${webPort}`;
  }, 120_000);

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await web?.close();
    await api?.stop();
  });

  it('shows the starting-up state in every language and size, then the app once the API answers', async () => {
    const pages: { page: Page; name: string }[] = [];
    for (const [language, dictionary] of languages) {
      for (const [size, viewport] of viewports) {
        const context = await browser.newContext({ locale: language, viewport, isMobile: size === 'phone' });
        contexts.push(context);
        const page = await context.newPage();
        const name = `first-run-${language}-${size}`;
        await page.goto(webUrl);
        const starting = page.locator('[data-testid=starting-up]');
        await starting.waitFor({ timeout: 60_000 });
        expect(await starting.innerText(), name).toBe(dictionary.common.startingUp);
        expect(await page.locator('body').innerText(), name).not.toMatch(/502|not reachable/);
        await expectNoSideScroll(page, name);
        await screenshot(page, `${name}-starting`);
        pages.push({ page, name });
      }
    }

    api = await startVoxly({ WEB_ORIGIN: webUrl }, { apiOnly: { port: apiPort } });

    // No reload: each page asks again on its own (backoff at most 4 s) and shows the sign-in.
    for (const { page, name } of pages) {
      await page.locator('form.sign-in').waitFor({ timeout: 30_000 });
      expect(await page.locator('[data-testid=starting-up]').count(), name).toBe(0);
      await screenshot(page, `${name}-ready`);
    }
  });
});
