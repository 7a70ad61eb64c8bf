import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { ptBR } from '../src/i18n/pt-BR.ts';
import { buyCredits, endAndOpenReport, expectNoSideScroll, startInterview } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const shotsDir = '/tmp/shots-recordings';
const rawKey = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z_]+`);
const day = 24 * 60 * 60_000;

/** Each language's journey runs at one size and is looked at in both. */
const candidates = [
  { language: 'en', locale: 'en-US', viewport: { width: 1280, height: 800 }, words: en.recording },
  { language: 'es', locale: 'es-AR', viewport: { width: 390, height: 844 }, words: es.recording },
  { language: 'pt-BR', locale: 'pt-BR', viewport: { width: 1280, height: 800 }, words: ptBR.recording },
] as const;
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function shootBothSizes(page: Page, name: string, back: { width: number; height: number }) {
  mkdirSync(shotsDir, { recursive: true });
  for (const size of sizes) {
    await page.setViewportSize(size);
    await expectNoSideScroll(page, `${name} at ${size.width}`);
    const path = await screenshot(page, `${name}-${size.width}`);
    copyFileSync(path, `${shotsDir}/${name}-${size.width}.png`);
  }
  await page.setViewportSize(back);
}

/** This browser's takes of the interview, read straight from IndexedDB. */
function storedTakes(page: Page, interviewId: string) {
  return page.evaluate(
    (id) =>
      new Promise<{ chunks: number; bytes: number; answers: { question: number; start: number; end: number }[] }[]>((resolve, reject) => {
        const open = indexedDB.open('voxly-recordings');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('takes').objectStore('takes').index('interviewId').getAll(id);
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () =>
            resolve(
              (request.result as { chunks: Blob[]; answers: { question: number; start: number; end: number }[] }[]).map((take) => ({
                chunks: take.chunks.length,
                bytes: take.chunks.reduce((sum, chunk) => sum + chunk.size, 0),
                answers: take.answers,
              })),
            );
        };
      }),
    interviewId,
  );
}

/** Answers once the candidate's turn is open, after speaking for a while (the fake microphone's tone). */
async function answerAfter(page: Page, index: number, text: string, ms: number) {
  await page.waitForFunction(() => {
    const last = [...document.querySelectorAll('.transcript li')].at(-1);
    const box = document.querySelector<HTMLTextAreaElement>('#answer');
    return !!last && last.matches('.agent:not(.streaming)') && !!box && !box.disabled;
  });
  await page.locator('#answer').fill(text);
  await page.waitForTimeout(ms);
  await page.locator('#answer').press('Enter');
  await page.locator('.transcript li.user').nth(index).waitFor();
}

describe('replay your own answers: recorded in this browser only, in Chromium with a fake microphone', () => {
  const product = productUnderTest();

  it.each(candidates)('$language: a browser that cannot record says why, in one short line', async (c) => {
    const context = await product.browser.newContext({ locale: c.locale, viewport: sizes[0], isMobile: true });
    // This browser has no recorder at all.
    await context.addInitScript(() => Reflect.deleteProperty(window, 'MediaRecorder'));
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill(`No recorder ${c.language}`);
    await page.locator('form.sign-in button[type=submit]').click();
    await buyCredits(page, product.voxly.url);
    await startInterview(page, product.voxly.url, undefined, c.language);
    await page.locator('.recording-notice[data-recorder=unavailable]').waitFor();
    expect(await page.locator('.recording-notice .recording-short').innerText()).toBe(c.words.roomUnavailableShort);
    await expectNoSideScroll(page, `no recorder ${c.language}`);
    await screenshot(page, `room-no-recorder-${c.language}-390`, { fullPage: false });
    await context.close();
  });

  it.each(candidates)('$language: the room says what is recorded, the report plays each answer, forget deletes it', async (c) => {
    const context = await product.browser.newContext({ locale: c.locale, viewport: c.viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Nothing of the recording leaves the browser: no request carries audio or a body that could hold it.
    const uploads: string[] = [];
    page.on('request', (request) => {
      const body = request.postDataBuffer();
      const type = request.headers()['content-type'] ?? '';
      if (/audio|video|multipart|octet-stream/.test(type) || (body && body.length > 32_000))
        uploads.push(`${request.method()} ${request.url()}`);
    });
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill(`Recorder ${c.language}`);
    await page.locator('form.sign-in button[type=submit]').click();
    await buyCredits(page, product.voxly.url);
    await startInterview(page, product.voxly.url, undefined, c.language);
    const interviewId = new URL(page.url()).pathname.split('/').at(-1)!;

    // The room says plainly what is recorded and where it stays, in the candidate's language.
    await page.locator('.recording-notice[data-recorder=recording]').waitFor();
    // One short line; "More" opens the whole of it.
    expect(await page.locator('.recording-notice .recording-short').innerText()).toBe(c.words.roomNoticeShort);
    expect(await page.locator('.recording-notice .recording-more').innerText()).toBe(c.words.more);
    await page.locator('.recording-notice summary').click();
    expect(await page.locator('.recording-notice p').innerText()).toBe(c.words.roomNotice);
    await shootBothSizes(page, `room-${c.language}`, c.viewport);

    await answerAfter(page, 0, 'I built a payments API in Node.js and cut its p99 latency in half.', 1_500);
    await answerAfter(page, 1, 'I would read the logs first, then roll back the release that changed the error rate.', 1_500);
    await page.waitForTimeout(1_200); // a chunk a second: the second answer's audio is written
    await endAndOpenReport(page);

    // On this device, each answered question has its play button, and the recording is in IndexedDB.
    const buttons = page.locator('.transcript .play-answer');
    await expect.poll(() => buttons.count()).toBe(2);
    // Under the candidate's own words, not inside the interviewer's question.
    expect(await page.locator('.transcript li.user .play-answer').count()).toBe(2);
    const takes = await storedTakes(page, interviewId);
    expect(takes).toHaveLength(1);
    expect(takes[0]!.bytes).toBeGreaterThan(1_000);
    expect(takes[0]!.answers.map((a) => a.question)).toEqual([0, 2]);
    for (const answer of takes[0]!.answers) expect(answer.end - answer.start).toBeGreaterThan(1);
    expect(await page.locator('[data-testid=device-recording]').innerText()).toContain(c.words.forget);

    // Playing an answer starts at its place in the recording and stops at its end.
    const second = takes[0]!.answers[1]!;
    await buttons.nth(1).click();
    await expect.poll(() => buttons.nth(1).getAttribute('aria-pressed')).toBe('true');
    expect(await buttons.nth(1).innerText()).toBe(c.words.stop);
    // The button turns at once; the seek waits for the recording's metadata (slow on a busy machine): read once it plays.
    await page.waitForFunction(() => {
      const audio = document.querySelector<HTMLAudioElement>('audio.answer-audio');
      return !!audio && !audio.paused && audio.readyState >= HTMLMediaElement.HAVE_METADATA;
    });
    const position = await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio.answer-audio')!.currentTime);
    expect(position).toBeGreaterThanOrEqual(second.start - 0.05);
    await expect.poll(() => buttons.nth(1).getAttribute('aria-pressed'), { timeout: 15_000 }).toBe('false');
    const stoppedAt = await page.evaluate(() => document.querySelector<HTMLAudioElement>('audio.answer-audio')!.currentTime);
    expect(stoppedAt).toBeGreaterThanOrEqual(second.end - 0.05);
    expect(stoppedAt).toBeLessThan(second.end + 1);

    expect(await page.locator('body').innerText()).not.toMatch(rawKey);
    await shootBothSizes(page, `report-${c.language}`, c.viewport);

    // "Forget this interview": the recording leaves this device, and the play buttons with it.
    await page.locator('[data-testid=device-recording] button').click();
    await page.locator('[data-testid=recording-forgotten]').waitFor();
    expect(await storedTakes(page, interviewId)).toEqual([]);
    expect(await buttons.count()).toBe(0);
    await shootBothSizes(page, `forgotten-${c.language}`, c.viewport);
    await page.reload();
    await page.locator('[data-testid=overall-score]').waitFor();
    expect(await page.locator('.transcript .play-answer').count()).toBe(0);

    expect(uploads).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('deletes a recording 30 days old when the app next looks at recordings', async () => {
    const context = await product.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill('Recorder expiry');
    await page.locator('form.sign-in button[type=submit]').click();
    await buyCredits(page, product.voxly.url);
    // Two takes of another interview: one just under 30 days old, one just over.
    await page.evaluate(
      (ages) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('voxly-recordings', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('takes', { keyPath: 'id' }).createIndex('interviewId', 'interviewId');
          open.onsuccess = () => {
            const tx = open.result.transaction('takes', 'readwrite');
            for (const age of ages) {
              const recordedAt = Date.now() - age;
              tx.objectStore('takes').put({
                id: `old-interview:${recordedAt}`,
                interviewId: 'old-interview',
                recordedAt,
                mimeType: 'audio/webm',
                chunks: [new Blob(['x'])],
                answers: [],
              });
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      [29 * day, 30 * day + 60_000],
    );
    await startInterview(page, product.voxly.url);
    await page.locator('.recording-notice[data-recorder=recording]').waitFor();
    const ages = await page.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('voxly-recordings');
          open.onsuccess = () => {
            const request = open.result.transaction('takes').objectStore('takes').index('interviewId').getAll('old-interview');
            request.onsuccess = () => resolve((request.result as { recordedAt: number }[]).map((take) => Date.now() - take.recordedAt));
          };
        }),
    );
    expect(ages).toHaveLength(1);
    expect(ages[0]!).toBeLessThan(30 * day);
    await context.close();
  });
});
