import { readFile } from 'node:fs/promises';
import { inputLimits } from '@voxly/config';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { languages, viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A posting pasted from somewhere else: an invisible control character in the title and the text, an emoji in the title. */
const pasted = {
  jobTitle: 'Backend\u0007 Engineer 🚀',
  jobDescription: 'Design and operate microservices in TypeScript and Node.js on AWS.\u001b\nRun Kubernetes and CI/CD.',
  resumeText: 'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS; halved p99 latency.',
};

describe('text pasted with what cannot be seen or printed, in Chromium', () => {
  const product = productUnderTest();

  for (const [language, t] of languages) {
    it(`says so when a pasted posting reaches the field's limit, in ${language} at phone and desktop sizes`, async () => {
      for (const [size, viewport] of viewports) {
        const context = await product.browser.newContext({ locale: language, viewport });
        context.setDefaultTimeout(40_000);
        const page = await context.newPage();
        await signIn(page, product.voxly.url, `Long Paste ${language} ${size}`);
        await buyCredits(page, product.voxly.url);
        await page.goto(`${product.voxly.url}/interview/new`);
        const description = page.locator('[name=jobDescription]');
        await description.fill('Run the night shift and keep the depot safe. '.repeat(400));
        expect((await description.inputValue()).length).toBe(inputLimits.jobDescription);
        const notice = page.getByTestId('at-limit');
        expect(await notice.innerText()).toBe(
          t.newInterview.atLimit.replace('{{max}}', inputLimits.jobDescription.toLocaleString(language)),
        );
        await notice.scrollIntoViewIfNeeded();
        await screenshot(page, `pasted-text-limit-${language}-${size}`, { fullPage: false });
        await context.close();
      }
    });
  }

  for (const [language, t] of languages) {
    it(`starts the interview and prints its report, in ${language} at phone and desktop sizes`, async () => {
      for (const [size, viewport] of viewports) {
        const context = await product.browser.newContext({ locale: language, viewport, acceptDownloads: true });
        context.setDefaultTimeout(40_000);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await signIn(page, product.voxly.url, `Zoë 🚀 ${language} ${size}`);
        await buyCredits(page, product.voxly.url);
        // The control characters are dropped as the form sends; the emoji stays in the app (the browser prints it).
        await startInterview(page, product.voxly.url, pasted, language);
        expect(await page.locator('main h1').innerText()).toBe('Backend Engineer 🚀');
        await typeAnswer(page, 0, 'I led the move of our billing service to events and halved p99 latency, from 800 to 400 ms.');
        await endAndOpenReport(page);
        await screenshot(page, `pasted-text-report-${language}-${size}`, { fullPage: false });

        // The PDF has no font for the emoji: its title and name print as words, never as spaced-out other glyphs.
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.feedback.pdf }).click()]);
        const bytes = new Uint8Array(await readFile(await download.path()));
        const text = (await extractText(await getDocumentProxy(bytes), { mergePages: true })).text;
        expect(text).toContain('Backend Engineer');
        expect(text).toContain(`Zoë ${language} ${size}`);
        expect(text).not.toMatch(/Ø=|Þ/);
        expect(text).not.toContain('\u0007');
        expect(errors).toEqual([]);
        await context.close();
      }
    });
  }
});
