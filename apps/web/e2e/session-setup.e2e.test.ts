import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, expectNoSideScroll, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const post = {
  jobTitle: 'Junior Data Analyst',
  jobDescription: 'Write SQL queries, keep Power BI dashboards up to date and present findings to managers. SQL required.',
  resumeText:
    'Lia Prado\nEXPERIENCE\nData Intern, Hy-Vee (2023): SQL reports of weekly sales; Power BI dashboards\nEDUCATION: B.S. Economics',
};

/** A 5-minute behavioural session for a junior, per language: the setup as each language words it. */
const candidates = [
  {
    language: 'en',
    locale: 'en-US',
    summary: '5 min · Behavioral · Junior',
    greeting: 'about five minutes',
    answers: ['I built weekly SQL reports in my internship.', 'I asked my manager.'],
  },
  {
    language: 'es',
    locale: 'es-AR',
    summary: '5 min · Conductual · Junior',
    greeting: 'unos cinco minutos',
    answers: ['Hice reportes semanales en SQL en mi pasantía.', 'Le pregunté a mi jefa.'],
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    summary: '5 min · Comportamental · Júnior',
    greeting: 'cerca de cinco minutos',
    answers: ['Fiz relatórios semanais em SQL no estágio.', 'Perguntei para minha gestora.'],
  },
] as const;
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

describe('the session’s setup, chosen on the form, in Chromium', () => {
  const product = productUnderTest();

  it.each(candidates)(
    '$language: a 5-minute behavioural junior session runs on a 5:00 clock and the report and history show it',
    async (c) => {
      const context = await product.browser.newContext({ locale: c.locale, viewport: sizes[0] });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(product.voxly.url);
      await page.locator('form.sign-in input').fill(`Setup ${c.language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, product.voxly.url);
      const credits = Number(/\d+/.exec(await page.locator('[data-testid=balance]').innerText())?.[0]);

      await page.goto(`${product.voxly.url}/interview/new`);
      await page.locator('[name=jobTitle]').fill(post.jobTitle);
      await page.locator('[name=jobDescription]').fill(post.jobDescription);
      await page.locator('[name=resumeText]').fill(post.resumeText);
      await page.locator('#interview-language').selectOption(c.language);
      // The defaults: 15 minutes, mixed, mid.
      expect(await page.locator('#session-length').inputValue()).toBe('15');
      expect(await page.locator('#session-kind').inputValue()).toBe('mixed');
      expect(await page.locator('#session-seniority').inputValue()).toBe('mid');
      await page.locator('#session-length').selectOption('5');
      await page.locator('#session-kind').selectOption('behavioural');
      await page.locator('#session-seniority').selectOption('junior');
      for (const size of sizes) {
        await page.setViewportSize(size);
        await page.locator('.session-setup').scrollIntoViewIfNeeded();
        await expectNoSideScroll(page, `setup form ${c.language} ${size.width}`);
        await screenshot(page, `session-setup-form-${c.language}-${size.width}`, { fullPage: false });
      }
      await page.setViewportSize(sizes[0]!);
      await page.locator('form button[type=submit]').last().click();
      await page.locator('.transcript li.agent, [data-testid=fit-warning]').first().waitFor();
      const warning = page.locator('[data-testid=fit-warning]');
      if (await warning.isVisible()) await warning.locator('button').first().click();
      await page.locator('.transcript li.agent').first().waitFor();

      // The interviewer names the chosen length, and the room's clock counts down from it.
      expect(await page.locator('.transcript li.agent').first().innerText()).toContain(c.greeting);
      const clock = await page.locator('[role=timer]').innerText();
      const [minutes, seconds] = (/(\d+):(\d\d)/.exec(clock) ?? []).slice(1).map(Number);
      expect(minutes! * 60 + seconds!, `clock ${clock}`).toBeLessThanOrEqual(300);
      expect(minutes! * 60 + seconds!, `clock ${clock}`).toBeGreaterThan(240);
      await screenshot(page, `session-setup-room-${c.language}-390`, { fullPage: false });

      for (const [i, answer] of c.answers.entries()) await typeAnswer(page, i, answer);
      await endAndOpenReport(page);
      expect(await page.locator('header [data-testid=session-summary]').innerText()).toBe(c.summary);
      for (const size of sizes) {
        await page.setViewportSize(size);
        await expectNoSideScroll(page, `report ${c.language} ${size.width}`);
        await screenshot(page, `session-setup-report-${c.language}-${size.width}`, { fullPage: false });
      }
      // One credit, whatever the length.
      expect(Number(/\d+/.exec(await page.locator('[data-testid=balance]').innerText())?.[0])).toBe(credits - 1);

      // The history shows the setup too.
      await page.goto(product.voxly.url);
      await expect.poll(() => page.locator('[data-testid=session-summary]').first().innerText()).toContain(c.summary);
      await screenshot(page, `session-setup-history-${c.language}-1280`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
