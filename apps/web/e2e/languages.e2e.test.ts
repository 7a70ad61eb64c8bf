import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { es } from '../src/i18n/es.ts';
import { ptBR } from '../src/i18n/pt-BR.ts';
import { buyCredits, endAndOpenReport, expectNoSideScroll, signedIn, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A dictionary key on screen ("header.dashboard") means a translation is missing. */
const rawKey = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z_]+`);

/** Browser locales and the UI language each must land on. */
const locales = [
  ['pt-BR', 'pt-BR'],
  ['pt', 'pt-BR'],
  ['pt-PT', 'pt-BR'],
  ['es', 'es'],
  ['es-AR', 'es'],
  ['es-MX', 'es'],
  ['en-US', 'en'],
  ['en-GB', 'en'],
  ['de', 'en'],
] as const;

const dictionaries = { en, es, 'pt-BR': ptBR } as const;
const welcome = { en: 'Welcome, ', es: 'Hola, ', 'pt-BR': 'Boas-vindas, ' } as const;

async function expectTranslated(page: Page, language: string, where: string) {
  const text = await page.locator('body').innerText();
  expect(text, `${where}: a raw translation key`).not.toMatch(rawKey);
  expect(await page.evaluate(() => document.documentElement.lang), where).toBe(language);
  expect(await page.title(), where).toMatch(/^Voxly — /);
}

describe('every page in every language, at phone and desktop sizes, in Chromium', () => {
  const product = productUnderTest();

  it.each(locales)('a browser in %s gets %s with no raw keys on any page', async (locale, language) => {
    const context = await product.browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in').waitFor();
    await expectTranslated(page, language, `${locale} sign-in`);
    await page.locator('form.sign-in input').fill(`Polyglot ${locale}`);
    await page.locator('form.sign-in button[type=submit]').click();
    await page.getByRole('heading', { name: `${welcome[language]}Polyglot ${locale}` }).waitFor();
    for (const path of ['/', '/pricing', '/interview/new', '/billing/failure', '/no-such-page']) {
      await page.goto(`${product.voxly.url}${path}`);
      await page.locator('main h1, .page h1').first().waitFor();
      await expectTranslated(page, language, `${locale} ${path}`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches to Português from the sign-in page, before any account, and stays there', async () => {
    const context = await product.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.getByLabel('Language').selectOption('pt-BR');
    await page.getByRole('heading', { name: 'Treine a entrevista antes da real' }).waitFor();
    await expectTranslated(page, 'pt-BR', 'sign-in after switching');
    await expectNoSideScroll(page, 'sign-in at 390');
    await screenshot(page, 'lang-01-landing-pt-BR-phone');
    await page.reload();
    await page.getByRole('heading', { name: 'Treine a entrevista antes da real' }).waitFor();
    await context.close();
  });

  for (const language of ['en', 'es', 'pt-BR'] as const) {
    for (const size of [
      { name: 'phone', width: 360, height: 780 },
      { name: 'desktop', width: 1280, height: 800 },
    ]) {
      it(`shows the interview room and the report in ${language} on a ${size.name} without hiding anything`, async () => {
        const context = await product.browser.newContext({
          locale: language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.name === 'phone',
        });
        const page = await context.newPage();
        await page.goto(product.voxly.url);
        await page.locator('form.sign-in input').fill(`Layout ${language} ${size.name}`);
        await page.locator('form.sign-in button[type=submit]').click();
        await page.getByRole('heading', { name: new RegExp(`^${welcome[language]}`) }).waitFor();
        // A new account holds no credits; the header says so with a plural noun in every language.
        await expect.poll(() => page.getByTestId('balance').innerText()).toBe(dictionaries[language].common.credits_zero);
        await expectNoSideScroll(page, `${language} ${size.name} dashboard`);
        await screenshot(page, `lang-${language}-${size.name}-dashboard`);

        await buyCredits(page, product.voxly.url); // the sandbox's page is the buyer's too
        await page.goto(`${product.voxly.url}/interview/new`);
        await page.locator('[name=jobTitle]').waitFor();
        await expectNoSideScroll(page, `${language} ${size.name} new interview`);
        await startInterview(page, product.voxly.url);
        for (let turn = 0; turn < 3; turn += 1) {
          await typeAnswer(
            page,
            turn,
            `Answer ${turn + 1}: I led the migration of our billing service to events and measured p99 before and after, halving it.`,
          );
        }
        await page.waitForFunction(() => document.querySelector('.transcript li:last-child')?.matches('.agent:not(.streaming)'));
        // The newest question (the last bubble), the clock and the answer box are all on screen at once.
        for (const selector of ['.transcript li.agent >> nth=-1', '[role=timer]', '#answer']) {
          const box = await page.locator(selector).boundingBox();
          expect(box, selector).not.toBeNull();
          expect(box!.y, `${selector} above the fold`).toBeGreaterThanOrEqual(0);
          expect(box!.y + box!.height, `${selector} inside the screen`).toBeLessThanOrEqual(size.height + 1);
        }
        // The conversation is scrolled to its newest line.
        await page.waitForFunction(
          () => {
            const list = document.querySelector('.transcript');
            return !!list && list.scrollHeight - list.scrollTop - list.clientHeight < 2;
          },
          undefined,
          { timeout: 2_000 },
        );
        // Following the conversation, the question is not repeated under it.
        expect(await page.locator('.current-question').count()).toBe(0);
        const answerHeight = (await page.locator('form.answer').boundingBox())!.height;
        expect(answerHeight, 'answer area height').toBeLessThan(size.height * 0.3);
        await expectTranslated(page, language, `${language} ${size.name} room`);
        await expectNoSideScroll(page, `${language} ${size.name} room`);
        await screenshot(page, `lang-${language}-${size.name}-room`, { fullPage: false });

        // Ending asks first; "keep going" keeps the interview.
        await page.locator('button.danger').click();
        await page.locator('.confirm-end').waitFor();
        await screenshot(page, `lang-${language}-${size.name}-confirm-end`, { fullPage: false });
        await page.locator('.confirm-end button:not(.danger)').click();
        await page.locator('.confirm-end').waitFor({ state: 'detached' });
        await endAndOpenReport(page);
        await expectTranslated(page, language, `${language} ${size.name} feedback`);
        await expectNoSideScroll(page, `${language} ${size.name} feedback`);
        await screenshot(page, `lang-${language}-${size.name}-feedback`);

        await page.goto(product.voxly.url);
        await page.locator('table.interviews').waitFor();
        await expectNoSideScroll(page, `${language} ${size.name} dashboard with history`);
        // The score and the link to the report are on screen, not scrolled off to the side.
        for (const selector of ['[data-testid=score]', 'td.open a']) {
          const box = (await page.locator(selector).first().boundingBox())!;
          expect(box.x + box.width, `${selector} within the width`).toBeLessThanOrEqual(size.width);
        }
        await screenshot(page, `lang-${language}-${size.name}-dashboard-history`);
        await context.close();
      });
    }
  }

  it('writes the whole report in the interview’s language, whatever the UI shows', async () => {
    const context = await product.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill('Mixed Languages');
    await page.locator('form.sign-in button[type=submit]').click();
    await page.getByRole('heading', { name: 'Welcome, Mixed Languages' }).waitFor();
    await buyCredits(page, product.voxly.url);
    const post = {
      jobTitle: 'Engenheira de Dados Sênior',
      jobDescription: 'Pipelines de dados em Kafka e dbt, qualidade de dados e LGPD, para a área de prevenção a fraudes.',
      resumeText: 'Engenheira de dados, 6 anos. Migrei o data warehouse para um lakehouse e reduzi o custo em 40%.',
    };
    await startInterview(page, product.voxly.url, post, 'pt-BR');
    await typeAnswer(page, 0, 'Liderei a migração do data warehouse para o lakehouse e medi o custo antes e depois: caiu 40%.');
    await page.waitForFunction(() => document.querySelector('.transcript li:last-child')?.matches('.agent:not(.streaming)'));
    await page.getByRole('button', { name: 'End interview' }).click();
    await page.getByRole('button', { name: 'Yes, end it' }).click();
    await page.getByRole('link', { name: 'See your feedback' }).click();
    await page.locator('[data-testid=overall-score]').waitFor();

    // The report (title, headings, labels) is Portuguese and says so; the controls stay English.
    expect(await page.locator('article.report').getAttribute('lang')).toBe('pt-BR');
    await page.getByRole('heading', { name: 'Avaliação: Engenheira de Dados Sênior' }).waitFor();
    await page.getByRole('heading', { name: 'Nota geral' }).waitFor();
    await page.getByRole('heading', { name: 'Pontos fortes' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Strengths' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Back to the dashboard' }).waitFor();
    await screenshot(page, 'lang-mixed-report-pt-BR-in-en-ui');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    const pdf = new Uint8Array(await readFile(await download.path()));
    const text = (await extractText(await getDocumentProxy(pdf), { mergePages: true })).text;
    expect(text).toContain('Avaliação: Engenheira de Dados Sênior');
    expect(text).toContain('Pontos fortes');
    expect(text).not.toContain('Strengths');

    // Shared with a mentor: a read-only copy for someone signed out, with nothing of the account.
    await page.getByRole('button', { name: 'Share a read-only link' }).click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toMatch(/\/shared\/[A-Za-z0-9_-]{43}$/);
    const mentor = await product.browser.newContext({ locale: 'es-ES', viewport: { width: 390, height: 844 }, isMobile: true });
    const mentorPage = await mentor.newPage();
    await mentorPage.goto(link);
    await mentorPage.getByRole('heading', { name: 'Avaliação: Engenheira de Dados Sênior' }).waitFor();
    await mentorPage.getByRole('heading', { name: 'Nota geral' }).waitFor();
    const seen = await mentorPage.locator('body').innerText();
    expect(seen).not.toContain('Mixed Languages'); // the owner's name
    expect(seen).not.toMatch(/créditos|credits/); // no balance, no account
    expect(await mentorPage.getByRole('button', { name: /Compartir|Share/ }).count()).toBe(0);
    await expectNoSideScroll(mentorPage, 'shared report at 390');
    await screenshot(mentorPage, 'shared-report-phone-es-ui');
    // Turned off: the same link opens nothing.
    await page.getByRole('button', { name: 'Stop sharing' }).click();
    await page.getByRole('button', { name: 'Share a read-only link' }).waitFor();
    await mentorPage.reload();
    await mentorPage.getByText('Este enlace no abre ningún informe').waitFor();
    await mentor.close();
    await context.close();
  });

  it('checks the microphone and speakers before anything is charged, and says what to do when there is no microphone', async () => {
    const context = await product.browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill('Mic Check');
    await page.locator('form.sign-in button[type=submit]').click();
    await page.getByRole('heading', { name: 'Welcome, Mic Check' }).waitFor();
    await buyCredits(page, product.voxly.url);
    await page.goto(`${product.voxly.url}/interview/new`);
    await page.getByRole('button', { name: 'Test microphone' }).click();
    // Chromium's fake microphone plays a tone: the meter moves and the check says so.
    await page.getByText('We hear you.').waitFor();
    expect(Number(await page.getByTestId('mic-level').getAttribute('value'))).toBeGreaterThan(0);
    await screenshot(page, 'device-check-heard', { fullPage: false });
    expect(await page.getByTestId('balance').textContent()).toBe('3 credits'); // nothing charged by a check
    await context.close();

    // A browser that refuses the microphone: told plainly, and typing is offered.
    const refusing = await product.browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true });
    await refusing.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    const refused = await refusing.newPage();
    await refused.goto(product.voxly.url);
    await refused.locator('form.sign-in input').fill('Mic Check');
    await refused.locator('form.sign-in button[type=submit]').click();
    await signedIn(refused);
    await refused.goto(`${product.voxly.url}/interview/new`);
    await refused.getByRole('button', { name: 'Test microphone' }).click();
    const problem = await refused.getByTestId('mic-problem').innerText();
    expect(problem).toContain('The browser blocked the microphone');
    expect(problem).toContain('typing your answers');
    await expectNoSideScroll(refused, 'device check at 390');
    await screenshot(refused, 'device-check-blocked-phone', { fullPage: false });
    await refusing.close();
  });
});
