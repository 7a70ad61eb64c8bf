import { readFile } from 'node:fs/promises';
import { firstAnswerPaths } from '@voxly/config';
import { jsPDF } from 'jspdf';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { productUnderTest } from './support/product-under-test.ts';
import { logStep, screenshot } from './support/screenshots.ts';

/** A one-page resume as a real PDF file, made with jsPDF. */
function resumePdf(): Buffer {
  const doc = new jsPDF();
  doc.setFontSize(12);
  doc.text(
    [
      'Camila Rocha',
      'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS,',
      'led an event-driven migration that halved p99 latency.',
    ],
    20,
    20,
  );
  return Buffer.from(doc.output('arraybuffer'));
}

describe('a new candidate in local mode, in Chromium', () => {
  const product = productUnderTest();

  it('signs in at zero balance, buys credits in the sandbox, takes a whole interview by typing, signs out', async () => {
    const context = await product.browser.newContext({ viewport: { width: 1280, height: 800 } });
    // A step that never comes fails at that step (its locator in the error), not at the test's timeout.
    context.setDefaultTimeout(40_000);
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });

    await page.goto(product.voxly.url);
    await page.getByRole('heading', { name: 'Sign in to Voxly' }).waitFor();
    await screenshot(page, '01-sign-in');

    // Refused input is explained inline and nothing is sent.
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Enter your name.');

    await page.getByLabel('Your name').fill('Camila Rocha');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Camila Rocha' }).waitFor();
    // The dashboard's frame shows before the balance arrives: wait for the balance itself.
    await page.getByTestId('balance').filter({ hasText: '0 credits' }).waitFor();
    expect(await page.getByTestId('balance').textContent()).toBe('0 credits');
    expect(await page.getByText('Local mode').isVisible()).toBe(true);
    expect(await page.getByText('You have no credits yet.').isVisible()).toBe(true);
    await screenshot(page, '02-dashboard-zero-balance');

    // The session survives a reload (HttpOnly cookie; the page never sees it).
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Camila Rocha' }).waitFor();
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await page.getByRole('link', { name: 'Buy a credit package' }).click();
    await page.getByRole('heading', { name: 'Credit packages' }).waitFor();
    await page.locator('.packages h2').first().waitFor();
    const packageNames = await page.locator('.packages h2').allTextContents();
    expect(packageNames).toEqual(['Starter', 'Intermediate', 'Professional']);
    expect(await page.locator('.packages .price').first().textContent()).toMatch(/R\$\s?29[.,]90/);
    await screenshot(page, '03-pricing');

    // Buy the Starter package through the sandbox checkout (signed webhook, as in production).
    await page.getByRole('button', { name: 'Buy the Starter package' }).click();
    await page.getByRole('heading', { name: 'Voxly checkout' }).waitFor();
    expect(await page.getByText('3 interview credits').isVisible()).toBe(true);
    await screenshot(page, '04-sandbox-checkout');
    await page.getByRole('button', { name: 'Approve payment' }).click();
    await page.getByRole('heading', { name: 'Payment approved' }).waitFor();
    await page.getByTestId('balance').filter({ hasText: '3 credits' }).waitFor();
    await screenshot(page, '05-payment-approved');

    // Pending now, approved later: the return page (already shown) and the header catch up by themselves.
    await page.getByRole('link', { name: 'Buy credits' }).click();
    await page.getByRole('button', { name: 'Buy the Intermediate package' }).click();
    await page.getByRole('button', { name: 'Leave pending' }).click();
    await page.getByRole('heading', { name: 'Payment pending' }).waitFor();
    const orderId = new URL(page.url()).searchParams.get('order')!;
    const elsewhere = await page.context().newPage();
    await elsewhere.goto(`${product.voxly.url}/sandbox/checkout/${orderId}`);
    await elsewhere.getByRole('button', { name: 'Approve payment' }).click();
    // Closed only once the approval went through: closing at once could cancel its request.
    await elsewhere.getByRole('heading', { name: 'Payment approved' }).waitFor();
    await elsewhere.close();
    await page.getByRole('heading', { name: 'Payment approved' }).waitFor();
    await page.getByTestId('balance').filter({ hasText: '13 credits' }).waitFor();

    // A new interview: the form, then the room, answering by typing until the interviewer ends it.
    await page.goto(`${product.voxly.url}/interview/new`); // a deep link: served by the server, not a 404
    await page.getByRole('heading', { name: 'New interview' }).waitFor();
    await page.getByRole('button', { name: 'Start the interview (1 credit)' }).click();
    expect(await page.getByText('The job title needs at least 2 characters.').isVisible()).toBe(true);
    await page.getByLabel('Job title').fill('Senior Backend Engineer');
    await page
      .getByLabel('Job description')
      .fill('Design and operate microservices in TypeScript and Node.js on AWS, with Kubernetes and CI/CD pipelines.');
    // The resume arrives as a PDF; its text is extracted in the browser and shown for a check.
    await page.setInputFiles('#resume-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') });
    await page.getByText('Upload a PDF or DOCX file.').waitFor();
    await page.setInputFiles('#resume-file', { name: 'camila-rocha.pdf', mimeType: 'application/pdf', buffer: resumePdf() });
    await page.getByTestId('upload-status').filter({ hasText: 'Text from camila-rocha.pdf' }).waitFor();
    const resumeText = await page.getByLabel('Your resume').inputValue();
    expect(resumeText).toContain('Backend engineer, 7 years. Payment APIs in Node.js and TypeScript');
    expect(resumeText).toContain('led an event-driven migration that halved p99 latency.');
    // The PDF's lines stay lines (rebuilt from where each run of text sits on the page).
    expect(resumeText.split('\n')).toEqual([
      'Camila Rocha',
      'Backend engineer, 7 years. Payment APIs in Node.js and TypeScript, Kubernetes on AWS,',
      'led an event-driven migration that halved p99 latency.',
    ]);
    await screenshot(page, '06-new-interview-with-pdf-resume');
    // An impatient double click starts one interview and spends one credit.
    await page.getByRole('button', { name: 'Start the interview (1 credit)' }).dblclick();
    await page.getByRole('heading', { name: 'Senior Backend Engineer' }).waitFor();
    await page
      .locator('.transcript')
      .getByText(/^Hi Camila, thanks for joining/)
      .waitFor();
    expect(await page.getByTestId('balance').textContent()).toBe('12 credits');
    // The clock counts down from 15:00 and never shows more.
    const [minutes, seconds] = (await page.getByRole('timer').textContent())!.split(':').map(Number);
    expect(minutes! * 60 + seconds!).toBeLessThanOrEqual(15 * 60);
    expect(minutes! * 60 + seconds!).toBeGreaterThan(14 * 60);
    const answerBox = page.getByLabel('Your answer');
    const ended = () => page.locator('#ending-title').isVisible();
    // The plan, then (with most of the 15 minutes left) deeper questions and the field's others, then the wrap-up.
    for (let turn = 0; turn < 25; turn += 1) {
      // The candidate's turn, or the end: whichever comes first.
      await page.waitForFunction(() => {
        if (document.querySelector('#ending-title')) return true;
        const last = [...document.querySelectorAll('.transcript li')].at(-1);
        const box = document.querySelector<HTMLTextAreaElement>('#answer');
        return !!last && last.classList.contains('agent') && !last.classList.contains('streaming') && !!box && !box.disabled;
      });
      if (await ended()) break;
      logStep(`sign-in-turn-${turn + 1}`);
      await answerBox.fill(
        `In answer ${turn + 1}: I led the migration of our billing service to events, measured p99 before and after, and halved it while keeping invoices correct.`,
      );
      if (turn === 2) await screenshot(page, '07-interview-room');
      await answerBox.press('Enter');
      await page.getByText(`In answer ${turn + 1}:`).waitFor();
      if (turn === 3) {
        // A reload mid-call: the room comes back with what was said, the last question, and replies.
        await page.waitForFunction(() => document.querySelector('.transcript li:last-child')?.matches('.agent:not(.streaming)'));
        const lastQuestion = await page.locator('.transcript li.agent').last().locator('p').textContent();
        // Reloading a live call asks first (the browser's own prompt): yes.
        page.once('dialog', (dialog) => void dialog.accept());
        logStep('sign-in-reload-mid-call');
        await page.reload();
        await page.getByText('In answer 4:').waitFor();
        await page
          .locator('.transcript li.agent p')
          .filter({ hasText: lastQuestion ?? '' })
          .last()
          .waitFor();
        expect(await page.locator('.transcript li.user').count()).toBe(4);
      }
    }
    expect(await page.getByTestId('balance').textContent()).toBe('12 credits');
    await page.getByRole('heading', { name: 'Interview complete' }).waitFor();
    await screenshot(page, '08-interview-complete');

    // Feedback: rule-based in local mode, and labelled so.
    await page.getByRole('link', { name: 'See your feedback' }).click();
    await page.getByRole('heading', { name: 'Feedback: Senior Backend Engineer' }).waitFor();
    await page.getByRole('heading', { name: 'Overall score' }).waitFor();
    expect(await page.getByTestId('feedback-source').textContent()).toMatch(/^Rule-based review/);
    const score = Number(await page.getByTestId('overall-score').textContent());
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    expect(await page.locator('.ratings li').count()).toBe(5);
    expect(await page.locator('.points li').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.questions li').count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByText('Not measured (typed answers)').isVisible()).toBe(true);
    expect(await page.locator('.report .transcript li').count()).toBeGreaterThan(10);
    await screenshot(page, '09-feedback');

    // The PDF download is a real PDF with the same review in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^voxly-feedback-[0-9a-f]{8}\.pdf$/);
    const pdfBytes = new Uint8Array(await readFile(await download.path()));
    expect(new TextDecoder().decode(pdfBytes.slice(0, 5))).toBe('%PDF-');
    const pdfText = (await extractText(await getDocumentProxy(pdfBytes.slice()), { mergePages: true })).text;
    expect(pdfText).toContain('Feedback: Senior Backend Engineer');
    expect(pdfText).toContain(`Overall score: ${score}/100`);
    expect(pdfText).toContain('Strengths');
    expect(pdfText).toContain('In answer 1: I led the migration');
    // A designed document: page numbers on every page.
    const pages = (await getDocumentProxy(pdfBytes.slice())).numPages; // a copy: pdf.js takes the buffer it is given
    expect(pdfText).toContain(`Page 1 of ${pages}`);
    expect(pdfText).toContain(`Page ${pages} of ${pages}`);

    // The dashboard lists it with its score, and the UI switches language.
    await page.getByRole('link', { name: 'Back to the dashboard' }).click();
    await page
      .getByTestId('score')
      .filter({ hasText: String(score) })
      .waitFor();
    expect(await page.locator('table.interviews tbody tr').count()).toBe(1);
    await page.getByLabel('Language').selectOption('es');
    await page.getByRole('heading', { name: 'Hola, Camila Rocha' }).waitFor();
    expect(await page.getByTestId('balance').textContent()).toBe('12 créditos');
    await screenshot(page, '10-dashboard-es');
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('heading', { name: 'Welcome, Camila Rocha' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Voxly' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('serves the production build pre-compressed, cached by content hash, with a robots.txt', async () => {
    const index = await fetch(product.voxly.url);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/assets\/.+\.js$/);
    const brotli = await fetch(`${product.voxly.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('vary')).toMatch(/accept-encoding/i);
    const gzip = await fetch(`${product.voxly.url}${script}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    // fetch decodes both: the same script either way.
    expect(await gzip.text()).toBe(await brotli.text());
    const robots = await fetch(`${product.voxly.url}/robots.txt`);
    expect(robots.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain('Disallow: /feedback/');
    // The signed-in app is preloaded only for a browser that carries a session cookie.
    expect(html).not.toContain('signed-in-app');
    const returning = await (await fetch(product.voxly.url, { headers: { cookie: 'theme=dark; voxly_session=any' } })).text();
    const preloads = [...returning.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]!);
    expect(preloads.some((href) => /^\/assets\/signed-in-app-[\w-]+\.js$/.test(href))).toBe(true);
    for (const href of preloads) expect((await fetch(`${product.voxly.url}${href}`)).status).toBe(200);
    // A client route still gets the app, never cached.
    const deep = await fetch(`${product.voxly.url}/interview/new`);
    expect(deep.headers.get('cache-control')).toBe('no-cache');
    expect(await deep.text()).toContain('<div id="root">');
  });

  it('names the first two questions in the HTML and the app reuses those answers (one request each)', async () => {
    const html = await (await fetch(product.voxly.url)).text();
    for (const path of Object.values(firstAnswerPaths)) {
      expect(html).toContain(`<link rel="preload" as="fetch" crossorigin="use-credentials" href="${path}">`);
    }
    // The sample report asks the API nothing, not even through its HTML.
    expect(await (await fetch(`${product.voxly.url}/sample-report`)).text()).not.toContain('rel="preload"');

    const context = await product.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(product.voxly.url);
    await page.getByLabel('Your name').fill('Preload Check');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Preload Check' }).waitFor();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome, Preload Check' }).waitFor();
    await page.getByTestId('balance').filter({ hasText: /\d/ }).waitFor();
    // Had the app's fetch not matched the preload (mode, credentials), each would be asked twice.
    for (const path of Object.values(firstAnswerPaths))
      expect(
        asked.filter((p) => p === path),
        path,
      ).toHaveLength(1);
    await context.close();
  });

  it('fits a phone screen', async () => {
    const page = await product.browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(product.voxly.url);
    await page.getByLabel('Your name').fill('Ravi');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome, Ravi' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, '11-phone-dashboard');
  });
});
