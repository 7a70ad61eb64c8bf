import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { fakeSpeech, hear } from './support/fake-speech.ts';
import { buyCredits, endAndOpenReport, expectNoSideScroll, shortInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const post = {
  jobTitle: 'Junior Data Analyst',
  jobDescription: 'Write SQL queries, keep Power BI dashboards up to date and present findings to managers. SQL required.',
  resumeText:
    'Lia Prado\nEXPERIENCE\nData Intern, Hy-Vee (2023): SQL reports of weekly sales; Power BI dashboards\nEDUCATION: B.S. Economics',
};

/**
 * Per language: how the interviewer introduces a hint (the server's words), two typed answers and one
 * spoken; the second closes on a lesson, so its hint is the tip that claims nothing about the answer.
 */
const cases = {
  en: {
    locale: 'en-US',
    lead: 'A tip before we go on:',
    typed: [
      'We built weekly SQL reports as a team and it went fine.',
      'I rebuilt the sales dashboard in Power BI with SQL views, and I learned to check the totals with finance first.',
    ],
    tip: 'Stories land best when the last sentence says what changed because of what you did.',
    spoken: 'I presented the findings to my manager every Friday',
  },
  es: {
    locale: 'es-AR',
    lead: 'Un consejo antes de seguir:',
    typed: [
      'Hacíamos reportes semanales en SQL en equipo y salió bien.',
      'Rehice el tablero de ventas en Power BI con vistas SQL y aprendí a revisar los totales con finanzas primero.',
    ],
    tip: 'una historia funciona mejor cuando la última frase dice qué cambió gracias a lo que hiciste.',
    spoken: 'Presenté los resultados a mi jefa cada viernes',
  },
  'pt-BR': {
    locale: 'pt-BR',
    lead: 'Uma dica antes de continuar:',
    typed: [
      'A gente fazia relatórios semanais em SQL em equipe e deu certo.',
      'Refiz o painel de vendas no Power BI com views SQL e aprendi a conferir os totais com o financeiro primeiro.',
    ],
    tip: 'uma história funciona melhor quando a última frase diz o que mudou por causa do que você fez.',
    spoken: 'Apresentei os resultados para minha gestora toda sexta',
  },
} as const;

/** The interviewer's words after answer `index` (without the speaker's label), once they have finished streaming. */
async function replyAfter(page: Page, index: number): Promise<string> {
  const line = page.locator('.transcript li.agent').nth(index + 1);
  await page.waitForFunction((n) => {
    const li = document.querySelectorAll('.transcript li.agent')[n];
    return !!li && !li.matches('.streaming');
  }, index + 1);
  const text = await line.innerText();
  const label = await line.locator('.who').innerText();
  return text.slice(text.indexOf(label) + label.length).trim();
}

describe('a coached session in Chromium', () => {
  const product = productUnderTest();

  it.each(languages)(
    '%s: a hint after each answer, typed or spoken; the report says coached; the trend leaves it out',
    async (language, messages) => {
      const c = cases[language];
      const phone = viewports[0][1];
      const context = await product.browser.newContext({ locale: c.locale, viewport: phone });
      await context.addInitScript(fakeSpeech);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(product.voxly.url);
      await page.locator('form.sign-in input').fill(`Coached ${language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, product.voxly.url);
      // Two real interviews first: the trend has two points, and the coached one must not become a third.
      // (two answers each: an interview with fewer is "too few to judge", and out of the trend too).
      await shortInterview(page, product.voxly.url, ['I am not sure.', 'I have not done that, sorry.']);
      await shortInterview(page, product.voxly.url, [
        'I built the payment API in Node.js and cut p99 latency from 480 to 210 ms.',
        'I chose Postgres over a document store because the ledger needed transactions; I wrote the migration plan myself.',
      ]);

      await page.goto(`${product.voxly.url}/interview/new`);
      await page.locator('[name=jobTitle]').fill(post.jobTitle);
      await page.locator('[name=jobDescription]').fill(post.jobDescription);
      await page.locator('[name=resumeText]').fill(post.resumeText);
      await page.locator('#interview-language').selectOption(language);
      expect(await page.locator('#interview-mode').inputValue()).toBe('real');
      await page.locator('#interview-mode').selectOption('coached');
      expect(await page.locator('#interview-mode-hint').innerText()).toBe(messages.mode.hints.coached);
      for (const [name, size] of viewports) {
        await page.setViewportSize(size);
        await page.locator('.interview-mode').scrollIntoViewIfNeeded();
        await expectNoSideScroll(page, `coached form ${language} ${name}`);
        await screenshot(page, `coached-form-${language}-${size.width}`, { fullPage: false });
      }
      await page.setViewportSize(phone);
      await page.locator('form button[type=submit]').last().click();
      await page.locator('.transcript li.agent, [data-testid=fit-warning]').first().waitFor();
      const warning = page.locator('[data-testid=fit-warning]');
      if (await warning.isVisible()) await warning.locator('button').first().click();
      await page.locator('.transcript li.agent').first().waitFor();

      // Typed answers: the next line opens with one hint, then goes on.
      for (const [i, answer] of c.typed.entries()) {
        await typeAnswer(page, i, answer);
        const reply = await replyAfter(page, i);
        expect(reply.startsWith(c.lead), `reply ${i}: ${reply}`).toBe(true);
        expect(reply.split(c.lead).length - 1, `one hint in: ${reply}`).toBe(1);
        expect(reply.length, 'the hint is followed by the interview').toBeGreaterThan(c.lead.length + 40);
        if (i === 1) expect(reply.startsWith(`${c.lead} ${c.tip}`), `the tip in: ${reply}`).toBe(true);
      }
      // No time pressure in the room: the clock counts down without a warning.
      expect(await page.locator('.clock-warning').count()).toBe(0);
      for (const [, size] of viewports) {
        await page.setViewportSize(size);
        await page.locator('.transcript li.agent').nth(2).scrollIntoViewIfNeeded();
        await screenshot(page, `coached-room-${language}-${size.width}`, { fullPage: false });
      }
      await page.setViewportSize(phone);

      // A spoken answer (the browser's voice in local mode) gets its hint too.
      const options = page.locator('.room-options-toggle');
      if (await options.isVisible()) await options.click();
      await page.locator('.room-bar .toggle input').last().check();
      await page.locator('[role=status]').first().waitFor();
      await hear(page, c.spoken);
      await page.locator('.transcript li.user').nth(2).waitFor();
      const spokenReply = await replyAfter(page, 2);
      expect(spokenReply.startsWith(c.lead), `spoken reply: ${spokenReply}`).toBe(true);
      await screenshot(page, `coached-room-voice-${language}-390`, { fullPage: false });

      await endAndOpenReport(page);
      expect(await page.locator('header [data-testid=session-summary]').innerText()).toContain(messages.mode.summary.coached);
      expect(await page.locator('[data-testid=coached-note]').innerText()).toBe(messages.mode.reportNote);
      for (const [name, size] of viewports) {
        await page.setViewportSize(size);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expectNoSideScroll(page, `coached report ${language} ${name}`);
        await screenshot(page, `coached-report-${language}-${size.width}`, { fullPage: false });
      }

      const summary = await page.locator('header [data-testid=session-summary]').innerText();

      // The PDF names the setup and says the session was coached.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: messages.feedback.pdf }).click(),
      ]);
      const pdfBytes = new Uint8Array(await readFile(await download.path()));
      const pdfText = (await extractText(await getDocumentProxy(pdfBytes.slice()), { mergePages: true })).text.replace(/\s+/g, ' ');
      expect(pdfText).toContain(summary);
      expect(pdfText).toContain(messages.mode.reportNote);

      // So does the shared copy, speaking about the candidate.
      await page.getByRole('button', { name: messages.feedback.share.on }).click();
      const link = await page.getByTestId('share-link').inputValue();
      const reader = await product.browser.newContext({ locale: c.locale, viewport: phone });
      const shared = await reader.newPage();
      await shared.goto(link);
      await shared.locator('[data-testid=coached-note]').waitFor();
      expect(await shared.locator('header [data-testid=session-summary]').innerText()).toBe(summary);
      expect(await shared.locator('[data-testid=coached-note]').innerText()).toBe(messages.mode.readerNote);
      for (const [, size] of viewports) {
        await shared.setViewportSize(size);
        await screenshot(shared, `coached-shared-${language}-${size.width}`, { fullPage: false });
      }
      await reader.close();

      // The dashboard: three interviews in the history, two points in the trend.
      await page.goto(product.voxly.url);
      await page.locator('[data-testid=coached-out-of-trend]').waitFor();
      expect(await page.locator('[data-testid=coached-out-of-trend]').innerText()).toBe(messages.mode.trendNote);
      await page.locator('.progress-chart figure.sparkline').first().waitFor();
      const overallPoints = await page.locator('.progress-chart figure.sparkline').first().locator('.sparkline-point').count();
      expect(overallPoints).toBe(2);
      // The last score is the newest real interview's (the second row), not the coached one's (the first).
      const scores = await page.locator('[data-testid=score]').allInnerTexts();
      expect(await page.locator('[data-testid=summary] strong').first().innerText()).toBe(/\d+/.exec(scores[1] ?? '')?.[0]);
      await expect.poll(() => page.locator('[data-testid=session-summary]').count()).toBe(3);
      expect(await page.locator('[data-testid=session-summary]').first().innerText()).toContain(messages.mode.summary.coached);
      for (const [name, size] of viewports) {
        await page.setViewportSize(size);
        await expectNoSideScroll(page, `dashboard ${language} ${name}`);
        await page.locator('#progress-heading').scrollIntoViewIfNeeded();
        await screenshot(page, `coached-dashboard-${language}-${size.width}`, { fullPage: false });
      }
      expect(errors).toEqual([]);
      await context.close();
    },
    // Three interviews in one journey.
    300_000,
  );
});
