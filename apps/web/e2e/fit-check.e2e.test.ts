import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, startInterview, thinkWithDraft, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/** A clear mismatch per interview language: a specialist job, a resume from elsewhere, an honest answer. */
const mismatches = [
  {
    language: 'en',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Medical Physicist',
      jobDescription:
        'Perform QA on linear accelerators, review treatment plans and calibrate dosimetry equipment. PhD in medical physics.',
      resumeText: 'Supermarket cashier, 4 years: cash and card payments, helping customers, restocking shelves.',
    },
    answers: ['I have worked at the register of a supermarket for four years.', 'I never studied physics.'],
    missingWord: /dosimetry|physicist/,
  },
  {
    language: 'es',
    locale: 'es-AR',
    viewport: { width: 390, height: 844 },
    // A trade whose condition is a degree: the reason names the degree, not a licence.
    post: {
      jobTitle: 'Fisioterapeuta - Clínica Deportiva',
      jobDescription:
        'Tratamiento de lesiones deportivas y readaptación de deportistas.\n\nRequisitos:\n- Grado en Fisioterapia (imprescindible)\n- Dos años de experiencia en clínica',
      resumeText: 'Teleoperador de atención al cliente en Konecta desde 2019: 70-90 llamadas diarias, altas y reclamaciones.',
    },
    answers: ['Trabajo de teleoperador desde hace seis años.', 'Nunca estudié fisioterapia, pero me encanta el deporte.'],
    missingWord: /fisioterapeuta exige un título en el área/,
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Enfermeiro(a) de UTI',
      jobDescription:
        'Assistência a pacientes críticos na UTI, administração de medicamentos e monitoramento de sinais vitais. COREN ativo.',
      resumeText: 'Motorista entregador há 7 anos, rotas urbanas, CNH categoria D.',
    },
    answers: ['Sou motorista entregador há sete anos.', 'Não tenho COREN nem formação em enfermagem.'],
    missingWord: /enferm|uti|coren|pacientes/,
  },
] as const;

const endedEarly = { en: 'The interview ended early', es: 'La entrevista terminó antes', 'pt-BR': 'A entrevista terminou antes' } as const;

describe('the fit check two minutes in, as a candidate meets it in Chromium', () => {
  const product = productUnderTest();

  // The check runs on the real clock, two minutes into the call: the three interviews run side by side.
  it('ends a clear mismatch politely at the next answer and says why, in the interview language, at both sizes', async () => {
    await Promise.all(
      mismatches.map(async (mismatch) => {
        const context = await product.browser.newContext({ locale: mismatch.locale, viewport: mismatch.viewport });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(product.voxly.url);
        await page.locator('form.sign-in input').fill(`Mismatch ${mismatch.language}`);
        await page.locator('form.sign-in button[type=submit]').click();
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, mismatch.post, mismatch.language);
        await typeAnswer(page, 0, mismatch.answers[0]);
        await thinkWithDraft(page, 2 * 60_000 + 5_000);
        await typeAnswer(page, 1, mismatch.answers[1]);
        await page.locator('#ending-title').waitFor({ timeout: 30_000 });
        expect(await page.locator('#ending-title').innerText()).toBe(endedEarly[mismatch.language]);
        const reason = page.locator('.fit-reason q');
        expect(await reason.getAttribute('lang')).toBe(mismatch.language);
        expect((await reason.innerText()).toLowerCase()).toMatch(mismatch.missingWord);
        await expectNoSideScroll(page, `${mismatch.language} ending`);
        await screenshot(page, `fit-check-ending-${mismatch.language}-${mismatch.viewport.width}`, { fullPage: true });
        const other = mismatch.viewport.width > 500 ? { width: 390, height: 844 } : { width: 1280, height: 800 };
        await page.setViewportSize(other);
        await expectNoSideScroll(page, `${mismatch.language} ending at ${other.width}`);
        await screenshot(page, `fit-check-ending-${mismatch.language}-${other.width}`, { fullPage: true });
        expect(errors).toEqual([]);
        await context.close();
      }),
    );
  }, 240_000);
});
