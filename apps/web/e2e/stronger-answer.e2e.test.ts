import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, expectNoSideScroll, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

const post = {
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build payment APIs in Node.js and TypeScript. Requirements: Kubernetes, AWS, PostgreSQL.',
  resumeText: [
    'Ana Souza',
    'EXPERIENCE',
    'PicPay — Backend Engineer (2021–2024): payment APIs in Node.js and TypeScript; Kubernetes on AWS; cut p99 latency by 45%.',
    'Stone — Developer (2018–2021): billing jobs in Node.js and PostgreSQL',
    'EDUCATION: B.S. Computer Science',
  ].join('\n'),
};

/** The example's caption per language, as the report labels it. */
const candidates = [
  {
    language: 'en',
    locale: 'en-US',
    caption: 'Example of a stronger answer, built from your resume',
    answers: ['I like working with people.', 'I usually look at the logs.'],
    role: /As (Backend Engineer at PicPay \(2021–2024\)|Developer at Stone \(2018–2021\)):/,
  },
  {
    language: 'es',
    locale: 'es-AR',
    caption: 'Ejemplo de una respuesta más sólida, armada con tu currículum',
    answers: ['Me gusta trabajar con personas.', 'Normalmente miro los logs.'],
    role: /Como (Backend Engineer en PicPay \(2021–2024\)|developer en Stone \(2018–2021\)):/,
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    caption: 'Exemplo de uma resposta mais forte, montada com o seu currículo',
    answers: ['Gosto de trabalhar com pessoas.', 'Normalmente olho os logs.'],
    role: /Como (Backend Engineer na PicPay \(2021–2024\)|developer na Stone \(2018–2021\)):/,
  },
] as const;
const sizes = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

describe('an example of a stronger answer under each question, in Chromium', () => {
  const product = productUnderTest();

  it.each(candidates)(
    '$language: built from the resume, every number the resume’s or a placeholder, on a phone and a desktop',
    async (c) => {
      const context = await product.browser.newContext({ locale: c.locale, viewport: sizes[1] });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(product.voxly.url);
      await page.locator('form.sign-in input').fill(`Stronger ${c.language}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, product.voxly.url);
      await startInterview(page, product.voxly.url, post, c.language);
      for (const [i, answer] of c.answers.entries()) await typeAnswer(page, i, answer);
      await endAndOpenReport(page);

      const examples = page.locator('[data-testid=stronger-example]');
      await examples.first().waitFor();
      const questions = await page.locator('ol.questions > li').count();
      expect(await examples.count()).toBe(questions);
      for (const text of await examples.allInnerTexts()) {
        expect(text).toContain(c.caption);
        // The situation is a job held somewhere, said as one; never the education line.
        expect(text).toMatch(c.role);
        expect(text).not.toContain('EDUCATION');
        // Every number shown is one the resume holds, or sits in a [placeholder] for the candidate to fill in.
        for (const number of text.replace(/\[[^\]]*\]/g, ' ').match(/\d+(?:[.,]\d+)*/g) ?? [])
          expect(post.resumeText, `${c.language}: ${number} in “${text}”`).toContain(number);
      }
      // Where the resume has its figure, the example uses it.
      expect((await examples.allInnerTexts()).join(' ')).toMatch(/45%|2021–2024|2018–2021/);
      for (const size of sizes) {
        await page.setViewportSize(size);
        await examples.first().scrollIntoViewIfNeeded();
        await expectNoSideScroll(page, `stronger answer ${c.language} ${size.width}`);
        await screenshot(page, `stronger-answer-${c.language}-${size.width}`, { fullPage: false });
      }
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  // A resume pasted as one paragraph, its owner's name first: the example used to open "At Carol
  // Smith. 5 years in…", the whole paragraph as the place.
  const paragraph = {
    ...post,
    resumeText: 'Carol Smith. 5 years as a backend engineer at PicPay; payment APIs in Node.js and TypeScript. Kubernetes on AWS.',
  };
  it.each(candidates)('$language: a resume pasted as one paragraph: no example quotes the name or the whole paragraph', async (c) => {
    for (const [index, size] of sizes.entries()) {
      const context = await product.browser.newContext({ locale: c.locale, viewport: size, isMobile: index === 0 });
      const page = await context.newPage();
      await page.goto(product.voxly.url);
      await page.locator('form.sign-in input').fill(`Paragraph ${c.language} ${size.width}`);
      await page.locator('form.sign-in button[type=submit]').click();
      await buyCredits(page, product.voxly.url);
      await startInterview(page, product.voxly.url, paragraph, c.language);
      // Nor does the interviewer quote it.
      for (const [i, answer] of c.answers.entries()) await typeAnswer(page, i, answer);
      expect(await page.locator('.transcript').innerText()).not.toContain('Carol Smith');
      await endAndOpenReport(page);
      const examples = page.locator('[data-testid=stronger-example]');
      await examples.first().waitFor();
      for (const text of await examples.allInnerTexts()) {
        expect(text, `${c.language} ${size.width}`).not.toContain('Carol Smith');
        expect(text, `${c.language} ${size.width}`).not.toContain(paragraph.resumeText.slice(0, 60));
      }
      await examples.first().scrollIntoViewIfNeeded();
      await expectNoSideScroll(page, `paragraph resume ${c.language} ${size.width}`);
      await screenshot(page, `stronger-answer-paragraph-${c.language}-${size.width}`, { fullPage: false });
      await context.close();
    }
  });
});
