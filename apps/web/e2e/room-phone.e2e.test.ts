import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { ptBR } from '../src/i18n/pt-BR.ts';
import { buyCredits, expectNoSideScroll, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';

/** Screenshots for a person to look at; not kept by CI. */
const shots = process.env.ROOM_SHOTS_DIR ?? '/tmp/room-phone-shots';
mkdirSync(shots, { recursive: true });
const shoot = (page: Page, name: string) => page.screenshot({ path: `${shots}/${name}.png` });

const words = { en, es, 'pt-BR': ptBR } as const;
const sizes = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;

/** A real job title, long enough to take three lines on a phone. */
const longPost = {
  jobTitle: 'Senior Backend Engineer, Payments Platform and Agricultural Marketplace Integrations (Remote, Latin America)',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD.',
  resumeText: 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.',
};

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? null);

/** Whether the answer box shows its whole placeholder: laid out in a copy of the box, it fits its height and width. */
const placeholderFits = (page: Page) =>
  page.locator('#answer').evaluate((box: HTMLTextAreaElement) => {
    const style = getComputedStyle(box);
    const copy = document.createElement('div');
    for (const property of [
      'font',
      'letterSpacing',
      'lineHeight',
      'padding',
      'border',
      'boxSizing',
      'wordBreak',
      'overflowWrap',
    ] as const) {
      copy.style[property] = style[property];
    }
    copy.style.width = `${box.offsetWidth}px`;
    copy.style.whiteSpace = 'pre-wrap';
    copy.style.position = 'absolute';
    copy.style.visibility = 'hidden';
    copy.textContent = box.placeholder;
    document.body.append(copy);
    const fits = copy.offsetHeight <= box.offsetHeight && copy.scrollWidth <= copy.clientWidth;
    copy.remove();
    return { fits, placeholder: box.placeholder };
  });

describe('the interview room, on a phone and a desktop, in every language (Chromium)', () => {
  const product = productUnderTest();

  for (const language of ['en', 'es', 'pt-BR'] as const) {
    for (const size of sizes) {
      it(`gives the conversation the room and the answer box its focus, in ${language} on a ${size.name}`, async () => {
        const t = words[language];
        const context = await product.browser.newContext({
          locale: language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.isMobile,
          hasTouch: size.isMobile,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await signIn(page, product.voxly.url, `Room ${language} ${size.name}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, longPost);
        const tag = `${language}-${size.name}`;

        // Entering the typed room puts the cursor in the answer box.
        await page.waitForFunction(() => document.activeElement?.id === 'answer', undefined, { timeout: 5_000 });

        // The heading is the whole title (its text and its tooltip), drawn on one line.
        const heading = page.locator('main h1');
        expect(await heading.getAttribute('title')).toBe(longPost.jobTitle);
        expect(await heading.textContent()).toBe(longPost.jobTitle);
        expect((await heading.boundingBox())!.height, 'heading: one line').toBeLessThan(size.name === 'phone' ? 40 : 60);

        // The placeholder: a keyboard hint only where there is a keyboard, and all of it visible.
        await page.waitForFunction(() => !document.querySelector<HTMLTextAreaElement>('#answer')?.placeholder.endsWith('…'));
        const placeholder = await placeholderFits(page);
        expect(placeholder.placeholder).toBe(size.name === 'phone' ? t.room.typeHintShort : t.room.typeHint);
        expect(placeholder.fits, `placeholder "${placeholder.placeholder}" fits`).toBe(true);
        const answerBox = (await page.locator('#answer').boundingBox())!;
        if (size.name === 'phone') {
          expect(answerBox.width, 'answer box: the whole width').toBeGreaterThanOrEqual(size.width - 32);
          expect(answerBox.height, 'answer box: a few lines').toBeGreaterThanOrEqual(70);
        }
        await shoot(page, `room-${tag}-entered`);

        for (let turn = 0; turn < 2; turn += 1) {
          await typeAnswer(
            page,
            turn,
            `Answer ${turn + 1}: I led the migration of our billing service to events, measured p99 before and after, and halved it.`,
          );
        }
        await page.waitForFunction(() => document.querySelector('.transcript li:last-child')?.matches('.agent:not(.streaming)'));
        // The conversation takes most of the screen; the question is its last bubble, not repeated under it.
        const transcript = (await page.locator('.transcript').boundingBox())!;
        expect(transcript.height / size.height, 'conversation share of the height').toBeGreaterThan(size.name === 'phone' ? 0.45 : 0.4);
        expect(await page.locator('.current-question').count(), 'no pinned copy of the last bubble').toBe(0);
        for (const selector of ['.transcript li.agent >> nth=-1', '[role=timer]', '#answer']) {
          const box = (await page.locator(selector).boundingBox())!;
          expect(box.y, `${selector} on screen`).toBeGreaterThanOrEqual(0);
          expect(box.y + box.height, `${selector} on screen`).toBeLessThanOrEqual(size.height + 1);
        }
        await expectNoSideScroll(page, `${tag} room`);
        await shoot(page, `room-${tag}-conversation`);

        // Scrolled up to read, the question being answered is pinned, whole; pressing it comes back.
        const lastQuestion = await page.locator('.transcript li.agent').last().locator('p').textContent();
        await page.locator('.transcript').evaluate((list) => list.scrollTo({ top: 0 }));
        const pinned = page.locator('.current-question');
        await pinned.waitFor();
        expect(await pinned.locator('.question-text').textContent()).toBe(lastQuestion);
        expect(
          await pinned.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1),
          'pinned question not clipped',
        ).toBe(true);
        await shoot(page, `room-${tag}-scrolled-up`);
        await pinned.click();
        await pinned.waitFor({ state: 'detached' });
        expect(await focusedId(page)).toBe('answer');

        // On a phone the toggles fold behind "Options".
        if (size.name === 'phone') {
          const options = page.getByRole('button', { name: t.room.options });
          expect(await page.getByLabel(t.room.readAloud).isVisible()).toBe(false);
          await options.click();
          expect(await options.getAttribute('aria-expanded')).toBe('true');
          await page.getByLabel(t.room.readAloud).waitFor();
          await shoot(page, `room-${tag}-options`);
          await options.click();
        }

        // "End interview" asks first, with focus on the question's safe answer; "keep going" gives it back.
        await page.getByRole('button', { name: t.room.endInterview }).click();
        await page.locator('.confirm-end').waitFor();
        expect(await page.evaluate(() => !!document.activeElement?.closest('.confirm-end'))).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.room.keepGoing);
        await shoot(page, `room-${tag}-confirm-end`);
        await page.keyboard.press('Enter');
        await page.locator('.confirm-end').waitFor({ state: 'detached' });
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(t.room.endInterview);
        const room = page.url();

        // Back asks first; declined, the room stays as it was.
        const goBack = async (answer: 'accept' | 'dismiss') => {
          const asked = page.waitForEvent('dialog');
          await page.evaluate(() => history.back());
          const dialog = await asked;
          expect(dialog.message()).toBe(t.room.leaveWarning);
          await dialog[answer]();
        };
        await goBack('dismiss');
        await page.waitForTimeout(300);
        expect(page.url()).toBe(room);
        expect(await page.locator('.transcript li.user').count()).toBe(2);
        // Accepted, the call keeps running on the server: every page says so, with a way back.
        await goBack('accept');
        await page.waitForURL(/\/interview\/new$/);
        const banner = page.getByTestId('live-banner');
        await banner.waitFor();
        expect(await banner.innerText()).toContain(longPost.jobTitle);
        await expectNoSideScroll(page, `${tag} new interview with the banner`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await shoot(page, `room-${tag}-left-banner`);
        await page.getByRole('link', { name: t.header.dashboard, exact: true }).click();
        await page.locator('main h1').waitFor();
        await banner.waitFor();
        await shoot(page, `room-${tag}-dashboard-banner`);
        // Rejoining opens the live room with the conversation so far at its first paint (no empty room).
        await banner.getByRole('link', { name: t.room.rejoin }).click();
        await page.locator('.transcript').waitFor();
        expect(await page.locator('.transcript li.user').count(), 'the answers so far, at once').toBe(2);
        expect(page.url()).toBe(room);
        expect(await banner.count(), 'no banner in its own room').toBe(0);
        await page.waitForFunction(() => !document.querySelector<HTMLTextAreaElement>('#answer')?.disabled);

        // A reload asks the browser's own question first.
        const unloadAsked = page.waitForEvent('dialog');
        const reloaded = page.reload();
        const unload = await unloadAsked;
        expect(unload.type()).toBe('beforeunload');
        await unload.accept();
        await reloaded;
        await page.locator('.transcript li.user').nth(1).waitFor();

        // Ended, the banner goes: the server says the interview is over.
        await page.getByRole('button', { name: t.room.endInterview }).click();
        await page.getByRole('button', { name: t.room.confirmEndYes }).click();
        await page.locator('#ending-title').waitFor();
        await page.getByRole('link', { name: t.header.dashboard, exact: true }).click();
        await page.locator('table.interviews').waitFor();
        expect(await banner.count()).toBe(0);
        expect(errors).toEqual([]);
        await context.close();
      });
    }
  }
});
