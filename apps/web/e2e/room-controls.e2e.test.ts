import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A browser whose microphone is refused, as for a person who blocked it. */
const refusedMicrophone = `
  navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
`;

const [phone, desktop] = [viewports[0][1], viewports[1][1]];
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? null);

/** A phone signed in with credits, its page errors collected. */
async function candidateOnPhone(browser: Browser, base: string, language: string, name: string, initScript?: string) {
  const context = await browser.newContext({ locale: language, viewport: phone, isMobile: true, hasTouch: true });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page, base, `${name} ${language}`);
  await buyCredits(page, base);
  return { context, page, errors };
}

describe('the room’s controls say what is so: options, recording, mode (Chromium)', () => {
  const product = productUnderTest();

  it.each(languages)('%s: on a phone, Escape folds the options back and gives their button the focus', async (language, t) => {
    const { context, page, errors } = await candidateOnPhone(product.browser, product.voxly.url, language, 'Options');
    await startInterview(page, product.voxly.url);
    const options = page.getByRole('button', { name: t.room.options });
    const readAloud = page.getByLabel(t.room.readAloud);
    // A disclosure: the button names the panel it opens and says whether it is open.
    expect(await options.getAttribute('aria-controls')).toBe(await page.locator('.room-options').getAttribute('id'));
    expect(await options.getAttribute('aria-expanded')).toBe('false');
    expect(await readAloud.isVisible()).toBe(false);
    await options.click();
    expect(await options.getAttribute('aria-expanded')).toBe('true');
    await readAloud.waitFor();
    await screenshot(page, `room-options-${language}-phone-open`, { fullPage: false });
    // Escape from a toggle inside the panel.
    await readAloud.focus();
    await page.keyboard.press('Escape');
    await readAloud.waitFor({ state: 'hidden' });
    expect(await options.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedText(page), 'focus back on Options').toBe(t.room.options);
    await screenshot(page, `room-options-${language}-phone-closed`, { fullPage: false });
    // Opened from the keyboard, closed with Escape on the button itself.
    await page.keyboard.press('Enter');
    await readAloud.waitFor();
    await page.keyboard.press('Escape');
    await readAloud.waitFor({ state: 'hidden' });
    expect(await focusedText(page)).toBe(t.room.options);
    // Wide, the toggles are in the bar and Escape leaves them there.
    await page.setViewportSize(desktop);
    await readAloud.focus();
    await page.keyboard.press('Escape');
    expect(await readAloud.isVisible()).toBe(true);
    expect(await focusedText(page)).not.toBe(t.room.options);
    await expectNoSideScroll(page, `room ${language} desktop`);
    await screenshot(page, `room-options-${language}-desktop`, { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(languages)(
    '%s: the record toggle shows what the recorder does: ticked while recording, not where the microphone is refused',
    async (language, t) => {
      const record = (page: Page) => page.getByLabel(t.recording.toggle);
      // Allowed: recording, and ticked.
      const allowed = await candidateOnPhone(product.browser, product.voxly.url, language, 'Recording');
      await startInterview(allowed.page, product.voxly.url);
      await allowed.page.locator('.recording-notice[data-recorder=recording]').waitFor();
      await allowed.page.getByRole('button', { name: t.room.options }).click();
      expect(await record(allowed.page).isChecked()).toBe(true);
      expect(await record(allowed.page).isEnabled()).toBe(true);
      expect(allowed.errors).toEqual([]);
      await allowed.context.close();

      // Refused: the notice says it does not record, and the toggle agrees: unticked, disabled, described by the notice.
      const { context, page, errors } = await candidateOnPhone(
        product.browser,
        product.voxly.url,
        language,
        'No microphone',
        refusedMicrophone,
      );
      await startInterview(page, product.voxly.url);
      await page.locator('.recording-notice[data-recorder=unavailable]').waitFor();
      const notice = page.locator('.recording-notice .recording-short');
      expect(await notice.innerText()).toBe(t.recording.roomUnavailableShort);
      for (const [name, size] of viewports) {
        await page.setViewportSize(size);
        if (name === 'phone') await page.getByRole('button', { name: t.room.options }).click();
        await record(page).waitFor();
        expect(await record(page).isChecked(), `${name}: not recording, so not ticked`).toBe(false);
        expect(await record(page).isDisabled(), name).toBe(true);
        expect(await record(page).getAttribute('aria-describedby')).toBe(await notice.getAttribute('id'));
        await expectNoSideScroll(page, `no microphone ${language} ${name}`);
        await screenshot(page, `room-record-${language}-${name}-no-microphone`, { fullPage: false });
        if (name === 'phone') await page.keyboard.press('Escape');
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it.each(languages)('%s: a coached room says so under the clock, the bar still one row; a real one says nothing', async (language, t) => {
    const { context, page, errors } = await candidateOnPhone(product.browser, product.voxly.url, language, 'Mode');
    const mode = page.getByTestId('room-mode');
    await startInterview(page, product.voxly.url);
    await page.getByRole('timer').waitFor();
    expect(await mode.count(), 'a real interview has no mode label').toBe(0);
    await page.locator('button.danger').click();
    await page.locator('.confirm-end button.danger').click();
    await page.locator('#ending-title').waitFor();

    await startInterview(page, product.voxly.url, undefined, undefined, 'coached');
    expect(await mode.innerText()).toBe(t.mode.summary.coached);
    const end = page.getByRole('button', { name: t.room.endInterview });
    for (const [name, size] of viewports) {
      await page.setViewportSize(size);
      const clock = (await page.getByRole('timer').boundingBox())!;
      const label = (await mode.boundingBox())!;
      expect(label.y, `${name}: right under the clock`).toBeGreaterThanOrEqual(clock.y + clock.height - 2);
      expect(label.y, `${name}: right under the clock`).toBeLessThan(clock.y + clock.height + 8);
      expect(Math.abs(label.x - clock.x), `${name}: aligned with the clock`).toBeLessThan(2);
      // "End" stays on the bar's one row.
      const endBox = (await end.boundingBox())!;
      expect(endBox.y, `${name}: "End" on the clock's row`).toBeLessThan(label.y + label.height);
      await expectNoSideScroll(page, `coached room ${language} ${name}`);
      await screenshot(page, `room-mode-${language}-${name}-coached`, { fullPage: false });
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
