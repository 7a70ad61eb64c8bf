import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { ptBR } from '../src/i18n/pt-BR.ts';
import { buyCredits, expectNoSideScroll, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';

/** Screenshots for a person to look at; not kept by CI. */
const shots = process.env.ROOM_SHOTS_DIR ?? '/tmp/room-phone-shots';
mkdirSync(shots, { recursive: true });
const shoot = (page: Page, name: string) => page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });

const words = { en, es, 'pt-BR': ptBR } as const;
const greeting = { en: 'Welcome, Lucía', es: 'Hola, Lucía', 'pt-BR': 'Boas-vindas, Lucía' } as const;
const sizes = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;

describe('what the candidate is told after an interview cut short, in every language (Chromium)', () => {
  const product = productUnderTest();

  for (const language of ['en', 'es', 'pt-BR'] as const) {
    for (const size of sizes) {
      it(`says what happened, in its own words, in ${language} on a ${size.name}`, async () => {
        const t = words[language];
        const context = await product.browser.newContext({
          locale: language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.isMobile,
        });
        const page = await context.newPage();
        const tag = `${language}-${size.name}`;
        await page.goto(product.voxly.url);
        await page.locator('form.sign-in input').fill('Lucía');
        await page.locator('form.sign-in button[type=submit]').click();
        // A greeting that fits anyone (Spanish "Bienvenido" is masculine).
        await page.getByRole('heading', { name: greeting[language] }).waitFor();
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, undefined, language);
        await typeAnswer(
          page,
          0,
          'I led the migration of our billing service to events, measured p99 before and after, and halved it in a quarter.',
        );
        await page.waitForFunction(() => document.querySelector('.transcript li:last-child')?.matches('.agent:not(.streaming)'));
        await page.getByRole('button', { name: t.room.endInterview }).click();
        await page.getByRole('button', { name: t.room.confirmEndYes }).click();

        // The ending says what happened, from the server's ledger: answered, so charged.
        await page.locator('#ending-title').waitFor();
        expect(await page.locator('#ending-title').innerText()).toBe(t.endings.candidate_ended.title);
        const ending = await page.locator('section.card').innerText();
        expect(ending).toContain(t.endings.candidate_ended.text.replace('{{minutes}}', '15'));
        expect(ending).toContain(t.room.creditUsed);
        expect(ending).not.toContain(t.room.creditReturned);
        await shoot(page, `wording-${tag}-ending`);

        // One answer is too few to judge: the report says so instead of a hire verdict.
        await page.locator('.actions a.button').click();
        await page.locator('[data-testid=overall-score]').waitFor();
        expect(await page.getByTestId('verdict').innerText()).toBe(t.feedback.tooFewToJudge);
        // "Practice this question" is a link beside the one solid button, "Download PDF".
        const practice = page.locator('a.practise').first();
        await practice.waitFor();
        expect(await practice.innerText()).toBe(t.practice.start);
        const background = (selector: string) =>
          page
            .locator(selector)
            .first()
            .evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(await background('a.practise')).toBe('rgba(0, 0, 0, 0)');
        expect(await background(`.report-actions button:not(.secondary)`)).not.toBe('rgba(0, 0, 0, 0)');
        await expectNoSideScroll(page, `${tag} report`);
        await shoot(page, `wording-${tag}-report`);

        // A mentor reading the shared copy is told the review speaks to the candidate.
        await page.getByRole('button', { name: t.feedback.share.on }).click();
        const link = await page.getByTestId('share-link').inputValue();
        const mentorContext = await product.browser.newContext({
          locale: language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.isMobile,
        });
        const mentor = await mentorContext.newPage();
        await mentor.goto(link);
        await mentor.getByTestId('reader-note').waitFor();
        expect(await mentor.getByTestId('reader-note').innerText()).toBe(t.feedback.reader.note);
        expect(await mentor.getByRole('heading', { name: t.feedback.reader.metrics }).count()).toBe(1);
        expect(await mentor.locator('.transcript li.user .who').first().innerText()).toBe(t.feedback.reader.candidate.toUpperCase());
        expect(await mentor.getByTestId('verdict').innerText()).toBe(t.feedback.tooFewToJudge);
        expect(await mentor.locator('dl.metrics').innerText()).toContain(t.feedback.reader.candidateEnded);
        await shoot(mentor, `wording-${tag}-shared`);
        await mentorContext.close();

        // The history: "You ended it", and a score with too few answers behind it says so.
        await page.goto(product.voxly.url);
        await page.locator('table.interviews').waitFor();
        const row = await page.locator('table.interviews tbody tr').first().innerText();
        expect(row).toContain(t.endReasons.candidate_ended);
        expect(row).toContain(t.dashboard.tooFew);
        await shoot(page, `wording-${tag}-history`);
        await context.close();
      });
    }
  }
});
