import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en.ts';
import { buyCredits, endAndOpenReport, expectNoSideScroll, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const rawKey = new RegExp(`\\b(${Object.keys(en).join('|')})\\.[A-Za-z_]+`);

/** A candidate per language and screen: two answers in the interview, then a stronger one in practice. */
const candidates = [
  {
    language: 'en',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    answers: ['I like working with people.', 'I usually look at the logs.'],
    practice:
      'At my last job I moved our billing service to Kubernetes on AWS. I measured p99 before and after, cut it from 480 to 210 ms, and wrote the runbook.',
    scoreLabel: 'This answer:',
    atLeast: 3,
  },
  {
    language: 'es',
    locale: 'es-AR',
    viewport: { width: 390, height: 844 },
    answers: ['Me gusta trabajar con personas.', 'Normalmente miro los logs.'],
    practice:
      'En mi último trabajo migré el servicio de facturación a Kubernetes en AWS. Medí la latencia p99 antes y después, la bajé de 480 a 210 ms y escribí el manual de guardia.',
    scoreLabel: 'Esta respuesta:',
    atLeast: 3,
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    viewport: { width: 1280, height: 800 },
    answers: ['Gosto de trabalhar com pessoas.', 'Normalmente olho os logs.'],
    practice:
      'No meu último emprego migrei o serviço de faturamento para Kubernetes na AWS. Medi a latência p99 antes e depois, reduzi de 480 para 210 ms e escrevi o runbook.',
    scoreLabel: 'Esta resposta:',
    atLeast: 3,
  },
  {
    language: 'en',
    locale: 'en-GB',
    viewport: { width: 360, height: 740 },
    answers: ['I like working with people.', 'I usually look at the logs.'],
    practice: 'I would check the dashboards first, then compare the two releases and roll back the one that changed the error rate.',
    scoreLabel: 'This answer:',
    // Reasoning without a story: judged as what they would do, not what they did (content over form), and nothing to quote.
    atLeast: 1.5,
    quoted: false,
  },
] as const;

describe('practise one question again, from the report, as a candidate does it in Chromium', () => {
  const product = productUnderTest();

  it.each(candidates)('$language at $viewport.width px: a free practice answer, judged on its own', async (c) => {
    const context = await product.browser.newContext({ locale: c.locale, viewport: c.viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(product.voxly.url);
    await page.locator('form.sign-in input').fill(`Practice ${c.language} ${c.viewport.width}`);
    await page.locator('form.sign-in button[type=submit]').click();
    await buyCredits(page, product.voxly.url);
    await startInterview(page, product.voxly.url, undefined, c.language);
    for (const [i, answer] of c.answers.entries()) await typeAnswer(page, i, answer);
    await endAndOpenReport(page);
    const credits = await page.locator('[data-testid=balance]').innerText();

    await page.locator('a.practise').first().click();
    await page.locator('.practice-question').waitFor();
    await expect.poll(() => page.locator('[data-testid=practice-left]').innerText()).toMatch(/3/);
    const where = `practice ${c.language} ${c.viewport.width}`;
    await expectNoSideScroll(page, where);
    await page.locator('#practice-answer').fill(c.practice);
    await page.locator('.practice-form button[type=submit]').click();
    const score = page.locator('[data-testid=practice-score]');
    await score.waitFor();
    expect(await score.innerText()).toContain(c.scoreLabel);
    const value = Number(/([\d.,]+) \/ 5/.exec(await score.innerText())?.[1]?.replace(',', '.'));
    expect(value).toBeGreaterThanOrEqual(c.atLeast);
    // The words the judgement is about are the candidate's own.
    const quotes = await page.locator('.practice-review q').allInnerTexts();
    if (!('quoted' in c)) expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(c.practice).toContain(quote.replace(/^[“"«]|[”"»]$/g, ''));
    await expect.poll(() => page.locator('[data-testid=practice-left]').innerText()).toMatch(/2/);
    expect(await page.locator('body').innerText(), `${where}: a raw translation key`).not.toMatch(rawKey);
    await expectNoSideScroll(page, where);
    await screenshot(page, `practice-${c.language}-${c.viewport.width}`);
    // Practising costs no credit.
    expect(await page.locator('[data-testid=balance]').innerText()).toBe(credits);
    expect(errors).toEqual([]);
    await context.close();
  });
});
