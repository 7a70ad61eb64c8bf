import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * A candidate who has to go ("I have to run to pick up my kid — thank you… Goodbye!"): the
 * interviewer thanks them and lets them go instead of probing the reason, the call ends as
 * theirs, and the report reviews only what they answered, saying so. A new user had been asked
 * "You said you entered my shift. Tell me about a specific moment…" and then had their goodbye
 * graded as an answer.
 */
const journeys = [
  {
    language: 'en',
    answer: 'At the grocery warehouse I rebuilt the rota so nobody did more than two weekends a month, and overtime fell by a third.',
    leaving: 'Oh no, I have to run to pick up my kid — thank you so much for your time, this was really helpful. Goodbye!',
    // What the scripted interviewer and the report say (`spokenLines`, `feedbackLines` in @voxly/prompts; the web's endings).
    closing: 'Of course. Thank you for your time today',
    ending: 'You ended the interview',
    early: 'You ended the interview early, so only the answers given are reviewed.',
  },
  {
    language: 'es',
    answer:
      'En la bodega del supermercado armé los turnos para que nadie hiciera más de dos fines de semana al mes y las horas extra bajaron un tercio.',
    leaving:
      'Ay, este… la verdad tengo que irme ya porque entro a mi turno a las tres. Muchas gracias por la entrevista, de verdad. Hasta luego.',
    closing: 'Claro, no hay problema. Gracias por tu tiempo',
    ending: 'Terminaste la entrevista',
    early: 'Terminaste la entrevista antes, así que solo se revisan las respuestas dadas.',
  },
  {
    language: 'pt-BR',
    answer:
      'No CD do supermercado eu refiz a escala pra ninguém pegar mais de dois fins de semana por mês e as horas extras caíram um terço.',
    leaving: 'Desculpa, preciso sair agora, vou buscar meu filho na escola. Obrigada pela entrevista, tchau!',
    closing: 'Claro, sem problema. Obrigado pelo seu tempo',
    ending: 'Você encerrou a entrevista',
    early: 'Você encerrou a entrevista antes, então só as respostas dadas são avaliadas.',
  },
] as const;

const post = {
  jobTitle: 'Warehouse Shift Supervisor',
  jobDescription:
    'We run a 24/7 distribution centre.\nYou will lead a team of 20 pickers on rotating shifts, plan cover and keep overtime within budget.\nRequirements:\n- Experience with a WMS\n- Two years leading a team',
  resumeText: 'Team lead at a grocery warehouse, 2019-2024: led 25 pickers, planned rotas, ran the WMS cycle counts.',
};

const sizes = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;

describe('a candidate who has to go, in Chromium', () => {
  const product = productUnderTest();

  for (const j of journeys) {
    for (const size of sizes) {
      it(`is thanked and let go, and the report says so, in ${j.language} on a ${size.name}`, async () => {
        const context = await product.browser.newContext({
          locale: j.language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.isMobile,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await signIn(page, product.voxly.url, `Leaver ${j.language} ${size.name}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, post, j.language);

        await typeAnswer(page, 0, j.answer);
        await typeAnswer(page, 1, j.leaving);
        await page.locator('#ending-title').waitFor({ timeout: 30_000 });
        expect(await page.locator('#ending-title').innerText()).toBe(j.ending);
        // The interviewer's goodbye, which the room ends before it can be read, stays on the ending screen.
        expect(await page.locator('.last-words blockquote').innerText()).toContain(j.closing);
        await expectNoSideScroll(page, `${j.language} ${size.name} ending`);
        await screenshot(page, `leaving-ending-${j.language}-${size.name}`, { fullPage: true });

        await page.locator('.actions a.button').click();
        await page.locator('[data-testid=overall-score]').waitFor();
        const report = await page.locator('main').innerText();
        expect(report).toContain(j.early);
        // The interviewer's last words in the transcript: thanks, not a probe of the reason given.
        expect(report).toContain(j.closing);
        // The goodbye is judged nowhere as an answer: outside the transcript, the report never quotes it.
        const judged = await page.locator('section:not([aria-labelledby=transcript-heading])').allInnerTexts();
        expect(judged.join('\n')).not.toContain(j.leaving.slice(-20));
        await expectNoSideScroll(page, `${j.language} ${size.name} report`);
        await screenshot(page, `leaving-report-${j.language}-${size.name}`, { fullPage: false });
        expect(errors).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }
});
