import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, expectNoSideScroll, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const post = {
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD.',
  resumeText: 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.',
};

/** The story question ("the most difficult problem you faced"), as each language asks it: what the behavioural rating rests on. */
const storyQuestion = /difficult problem|problema (más |mais )?difícil/i;

/** Per language: a full answer for any question, a thin story, and a full story. */
const answers = {
  en: {
    full: 'I am a backend engineer with seven years in payments. I designed our Node.js and TypeScript payments API on AWS with Kubernetes; I chose an event queue, load tested it to 3,000 requests per second and cut p99 latency from 400 to 180 ms.',
    thinStory: 'It was hard, but we fixed it.',
    fullStory:
      'The situation: our nightly invoice job failed and customers got no invoices. My task was to fix it within a week. I split the job into batches, wrote a retry queue and set up alerts. As a result, failures dropped from 12% to 0.1% and I learned to design jobs to be restartable.',
  },
  es: {
    full: 'Soy ingeniero backend con siete años en pagos. Diseñé nuestra API de pagos en Node.js y TypeScript sobre AWS con Kubernetes; elegí una cola de eventos, hice pruebas de carga hasta 3.000 solicitudes por segundo y bajé la latencia p99 de 400 a 180 ms.',
    thinStory: 'Fue difícil, pero lo arreglamos.',
    fullStory:
      'La situación: el proceso nocturno de facturas fallaba y los clientes no recibían facturas. Mi tarea era arreglarlo en una semana. Dividí el proceso en lotes, escribí una cola de reintentos y configuré alertas. El resultado: las fallas bajaron del 12% al 0,1% y aprendí a diseñar procesos que se pueden reiniciar.',
  },
  'pt-BR': {
    full: 'Sou engenheiro backend com sete anos em pagamentos. Projetei nossa API de pagamentos em Node.js e TypeScript na AWS com Kubernetes; escolhi uma fila de eventos, fiz testes de carga até 3.000 requisições por segundo e reduzi a latência p99 de 400 para 180 ms.',
    thinStory: 'Foi difícil, mas a gente resolveu.',
    fullStory:
      'A situação: o processo noturno de faturas falhava e os clientes ficavam sem faturas. Minha tarefa era corrigir em uma semana. Dividi o processo em lotes, escrevi uma fila de novas tentativas e configurei alertas. O resultado: as falhas caíram de 12% para 0,1% e aprendi a projetar processos que podem ser reiniciados.',
  },
} as const;

const agentLines = (page: Page) => page.locator('.transcript li.agent').allInnerTexts();

/** Answers each question as it comes (the story with `story`, anything else in full) until the story is answered; the questions asked until then. */
async function answerUntilStory(page: Page, full: string, story: string, shot?: string): Promise<string[]> {
  for (let i = 0; i < 8; i += 1) {
    await page.waitForFunction((n) => document.querySelectorAll('.transcript li.agent:not(.streaming)').length > n, i);
    const asked = await agentLines(page);
    const isStory = storyQuestion.test(asked.at(-1) ?? '');
    if (isStory && shot) await screenshot(page, shot, { fullPage: false });
    await typeAnswer(page, i, isStory ? story : full);
    if (isStory) return asked;
  }
  throw new Error(`the story question never came: ${(await agentLines(page)).join(' | ')}`);
}

describe('“Focus on what I found hard last time”, in Chromium', () => {
  const product = productUnderTest();

  it.each(languages)(
    '%s: the second interview asks first about the competency rated lowest in the first, and its report shows the change',
    async (language, dictionary) => {
      const [phone] = viewports;
      const context = await product.browser.newContext({ locale: language, viewport: phone[1] });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const base = product.voxly.url;
      await page.goto(base);
      await page.locator('form.sign-in input').fill(`Focus ${language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, base);

      // No finished report yet: the form does not offer the focus.
      await page.goto(`${base}/interview/new`);
      await page.locator('#session-length').waitFor();
      expect(await page.getByTestId('weak-spots-choice').count()).toBe(0);

      // The first interview: everything answered in full but the story, answered in a few words.
      const a = answers[language];
      await startInterview(page, base, post, language);
      await answerUntilStory(page, a.full, a.thinStory);
      await endAndOpenReport(page);
      const behavioural = dictionary.competencies.behavioural;
      const ratings = await page.locator('.ratings li').evaluateAll((items) =>
        items.map((li) => ({
          name: li.querySelector('.rating-name')?.textContent ?? '',
          rating: Number(/(\d)\/5/.exec(li.textContent ?? '')?.[1] ?? 9),
        })),
      );
      const lowest = Math.min(...ratings.map((r) => r.rating));
      const before = ratings.find((r) => r.name === behavioural)?.rating;
      expect(before, JSON.stringify(ratings)).toBe(lowest);
      expect(ratings.filter((r) => r.rating === lowest).map((r) => r.name)).toEqual([behavioural]);

      // The dashboard's next step names it and starts an interview with the focus ticked.
      await page.goto(base);
      const next = page.getByTestId('next-step');
      await expect.poll(() => next.innerText()).toContain(behavioural);
      await screenshot(page, `weak-spots-dashboard-${language}-390`, { fullPage: false });
      await next.getByTestId('next-step-focused').click();
      const box = page.locator('#focus-weak-spots');
      await box.waitFor();
      expect(await box.isChecked()).toBe(true);
      expect(await page.locator('#focus-weak-spots-hint').innerText()).toContain(behavioural);
      for (const [size, viewport] of viewports) {
        await page.setViewportSize(viewport);
        await page.getByTestId('weak-spots-choice').scrollIntoViewIfNeeded();
        await expectNoSideScroll(page, `form ${language} ${size}`);
        await screenshot(page, `weak-spots-form-${language}-${viewport.width}`, { fullPage: false });
      }
      await page.setViewportSize(phone[1]);

      // The second interview, focused: the first question after the introduction is the story.
      await page.locator('[name=jobTitle]').fill(post.jobTitle);
      await page.locator('[name=jobDescription]').fill(post.jobDescription);
      await page.locator('[name=resumeText]').fill(post.resumeText);
      await page.locator('#interview-language').selectOption(language);
      await page.locator('form button[type=submit]').last().click();
      await page.locator('.transcript li.agent, [data-testid=fit-warning]').first().waitFor();
      const warning = page.getByTestId('fit-warning');
      if (await warning.isVisible()) await warning.locator('button').first().click();
      await page.locator('.transcript li.agent').first().waitFor();
      const asked = await answerUntilStory(page, a.full, a.fullStory, `weak-spots-room-${language}-390`);
      expect(asked, asked.join(' | ')).toHaveLength(2);
      expect(asked[1]).toMatch(storyQuestion);
      await page.waitForFunction(() => document.querySelectorAll('.transcript li.agent:not(.streaming)').length > 2);
      await endAndOpenReport(page);

      // Its report shows the change since last time, as the language says it.
      const progress = page.getByTestId('weak-spot-progress');
      await progress.waitFor();
      const after = await page
        .locator('.ratings li')
        .filter({ hasText: behavioural })
        .evaluate((li) => Number(/(\d)\/5/.exec(li.textContent ?? '')?.[1]));
      expect(after).toBeGreaterThan(before!);
      const change = dictionary.weakSpots.change
        .replace('{{competency}}', behavioural)
        .replace('{{before}}', String(before))
        .replace('{{after}}', String(after));
      expect(await progress.getByTestId('weak-spot-change').first().innerText()).toBe(change);
      for (const [size, viewport] of viewports) {
        await page.setViewportSize(viewport);
        await progress.scrollIntoViewIfNeeded();
        await expectNoSideScroll(page, `report ${language} ${size}`);
        await screenshot(page, `weak-spots-report-${language}-${viewport.width}`, { fullPage: false });
      }

      // The PDF carries the same change.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: dictionary.feedback.pdf }).click(),
      ]);
      const pdfBytes = new Uint8Array(await readFile(await download.path()));
      const pdfText = (await extractText(await getDocumentProxy(pdfBytes.slice()), { mergePages: true })).text.replace(/\s+/g, ' ');
      expect(pdfText).toContain(dictionary.weakSpots.heading);
      // The PDF's fonts have no arrow: it writes "->".
      expect(pdfText).toContain(change.replace('→', '->'));

      // A shared copy shows it too, about the candidate rather than to them.
      await page.getByRole('button', { name: dictionary.feedback.share.on }).click();
      const link = await page.getByTestId('share-link').inputValue();
      const mentor = await product.browser.newContext({ locale: language, viewport: phone[1] });
      const shared = await mentor.newPage();
      await shared.goto(link);
      const sharedProgress = shared.getByTestId('weak-spot-progress');
      await sharedProgress.waitFor();
      expect(await sharedProgress.locator('h2').innerText()).toBe(dictionary.weakSpots.reader.heading);
      expect(await sharedProgress.getByTestId('weak-spot-change').first().innerText()).toBe(
        dictionary.weakSpots.reader.change
          .replace('{{competency}}', behavioural)
          .replace('{{before}}', String(before))
          .replace('{{after}}', String(after)),
      );
      for (const [, viewport] of viewports) {
        await shared.setViewportSize(viewport);
        await sharedProgress.scrollIntoViewIfNeeded();
        await screenshot(shared, `weak-spots-shared-${language}-${viewport.width}`, { fullPage: false });
      }
      await mentor.close();
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
