import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const phone = viewports[0][1];

/** Blocks the microphone for the page's site in its context, as "Block" in the site's settings does. */
async function refuse(context: BrowserContext, page: Page, origin: string) {
  const cdp = await context.newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  await cdp.send('Browser.setPermission', {
    permission: { name: 'microphone' },
    setting: 'denied',
    origin,
    browserContextId: targetInfo.browserContextId,
  });
  await cdp.detach();
}

/**
 * The microphone refused when the room opened, then allowed in the site's settings: the record
 * toggle and the notice follow without a reload, and back when it is refused again. Chromium
 * here asks the site's permission for real (no fake prompt), with its fake microphone behind it.
 */
describe('the record toggle follows the microphone’s permission while the room is open (Chromium)', () => {
  const product = productUnderTest({ sitePermissions: true });

  it.each(languages)(
    '%s: refused, then allowed: the toggle becomes usable and the notice says it records, no reload',
    async (language, t) => {
      const { browser, voxly } = product;
      const context = await browser.newContext({ locale: language, viewport: phone, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await signIn(page, voxly.url, `Live microphone ${language}`);
      await buyCredits(page, voxly.url);
      await startInterview(page, voxly.url);

      const record = page.getByLabel(t.recording.toggle);
      const notice = page.locator('.recording-notice .recording-short');
      const options = page.getByRole('button', { name: t.room.options });
      /** On a phone the toggles are behind "Options": opens it unless open. */
      const showToggles = async (name: string) => {
        if (name === 'phone' && (await options.getAttribute('aria-expanded')) !== 'true') await options.click();
        await record.waitFor();
      };

      // Headless Chromium refuses the room's request: nothing recorded, the toggle says so.
      await page.locator('.recording-notice[data-recorder=unavailable]').waitFor();
      expect(await notice.innerText()).toBe(t.recording.roomUnavailableShort);
      expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'microphone' })).state)).toBe('denied');
      for (const [name, size] of viewports) {
        await page.setViewportSize(size);
        await showToggles(name);
        expect(await record.isDisabled(), `${name}: refused, so disabled`).toBe(true);
        expect(await record.isChecked(), name).toBe(false);
        await screenshot(page, `room-record-live-${language}-${name}-1-refused`, { fullPage: false });
      }

      // Allowed in the site's settings with the room open: the same page records.
      await page.evaluate(() => ((window as unknown as { sameRoom: boolean }).sameRoom = true));
      await context.grantPermissions(['microphone'], { origin: voxly.url });
      await page.locator('.recording-notice[data-recorder=recording]').waitFor();
      expect(await notice.innerText()).toBe(t.recording.roomNoticeShort);
      for (const [name, size] of [...viewports].reverse()) {
        await page.setViewportSize(size);
        await showToggles(name);
        expect(await record.isEnabled(), `${name}: allowed, so usable without a reload`).toBe(true);
        expect(await record.isChecked(), `${name}: recording, so ticked`).toBe(true);
        expect(await record.getAttribute('aria-describedby')).toBeNull();
        await expectNoSideScroll(page, `allowed ${language} ${name}`);
        await screenshot(page, `room-record-live-${language}-${name}-2-allowed`, { fullPage: false });
      }
      expect(await page.evaluate(() => (window as unknown as { sameRoom?: boolean }).sameRoom), 'no reload').toBe(true);

      // Usable: unticked it stops, ticked it records again.
      await record.uncheck();
      await page.locator('.recording-notice[data-recorder=off]').waitFor();
      await record.check();
      await page.locator('.recording-notice[data-recorder=recording]').waitFor();

      // Refused again: back to disabled, described by the notice.
      await refuse(context, page, voxly.url);
      await page.locator('.recording-notice[data-recorder=unavailable]').waitFor();
      expect(await record.isDisabled()).toBe(true);
      expect(await record.isChecked()).toBe(false);
      expect(await record.getAttribute('aria-describedby')).toBe(await notice.getAttribute('id'));
      await screenshot(page, `room-record-live-${language}-phone-3-refused-again`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
