import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * An answer that ends with a question about the job ("…overtime fell by a third. Do you publish
 * rotas far ahead here?"): the interviewer answers it from the posting, or says it is one for the
 * hiring team, and goes on to its next question rather than asking the same one again. Then the
 * candidate's own question with a goodbye after it ("…? Okay. Cool. Thanks for your time"): a
 * question too, answered, and the interview goes back to its question instead of probing the goodbye.
 */
const journeys = [
  {
    language: 'en',
    post: {
      jobTitle: 'Warehouse Shift Supervisor',
      jobDescription:
        'We run a 24/7 distribution centre.\nYou will lead a team of 20 pickers on rotating shifts, plan cover and keep overtime within budget.\nRotas are published four weeks ahead.\nRequirements:\n- Experience with a WMS\n- Two years leading a team',
      resumeText: 'Team lead at a grocery warehouse, 2019-2024: led 25 pickers, planned rotas, ran the WMS cycle counts.',
    },
    answer:
      'At the grocery warehouse I rebuilt the rota so nobody did more than two weekends a month, and overtime fell by a third in one quarter. Do you publish rotas far ahead here?',
    said: 'Rotas are published four weeks ahead.',
    goodbye: 'Just one more thing, how many pickers would be on my shift? Okay. Cool. Thanks for your time, I appreciate it.',
    // What the scripted interviewer says (`spokenLines` in @voxly/prompts): the posting's words or the hiring team's, then back.
    replies: ['The job description says:', "The job description doesn't say"],
    back: "Now, whenever you're ready, back to my question.",
  },
  {
    language: 'es',
    post: {
      jobTitle: 'Jefe/a de turno de bodega',
      jobDescription:
        'Operamos un centro de distribución 24/7.\nLiderarás un equipo de 20 preparadores en turnos rotativos y controlarás las horas extra.\nLos turnos se publican con cuatro semanas de anticipación.\nRequisitos:\n- Experiencia con un WMS\n- Dos años liderando equipos',
      resumeText:
        'Jefa de turno en una bodega de supermercado, 2019-2024: lideré 25 preparadores, armé los turnos, conteos cíclicos en el WMS.',
    },
    answer:
      'En la bodega del supermercado armé los turnos para que nadie hiciera más de dos fines de semana al mes y las horas extra bajaron un tercio. ¿Aquí los turnos se publican con tiempo?',
    said: 'Los turnos se publican con cuatro semanas de anticipación.',
    goodbye: 'Una pregunta: ¿cuántos preparadores tendría en mi turno? Buenísimo. Bueno, mil gracias, un gusto.',
    replies: ['La descripción del puesto dice:', 'La descripción del puesto no lo dice'],
    back: 'Ahora, cuando quieras, volvamos a mi pregunta.',
  },
  {
    language: 'pt-BR',
    post: {
      jobTitle: 'Líder de turno de CD',
      jobDescription:
        'Operamos um centro de distribuição 24/7.\nVocê vai liderar uma equipe de 20 separadores em turnos rotativos e controlar as horas extras.\nA escala é publicada com quatro semanas de antecedência.\nRequisitos:\n- Experiência com WMS\n- Dois anos liderando equipes',
      resumeText: 'Líder de turno em CD de supermercado, 2019-2024: liderei 25 separadores, montei a escala, inventário cíclico no WMS.',
    },
    answer:
      'No CD do supermercado eu refiz a escala pra ninguém pegar mais de dois fins de semana por mês e as horas extras caíram um terço. A escala de vocês sai com quanta antecedência?',
    said: 'A escala é publicada com quatro semanas de antecedência.',
    goodbye: 'Eu queria saber quantos separadores teria no meu turno. Que bom. Obrigada, adorei conhecer vocês.',
    replies: ['A descrição da vaga diz:', 'A descrição da vaga não diz'],
    back: 'Agora, quando quiser, voltamos à minha pergunta.',
  },
] as const;

const sizes = [
  { name: 'phone', width: 390, height: 844, isMobile: true },
  { name: 'desktop', width: 1280, height: 800, isMobile: false },
] as const;

describe('a question at the end of an answer, in Chromium', () => {
  const product = productUnderTest();

  for (const j of journeys) {
    for (const size of sizes) {
      it(`is answered and the interview goes on, in ${j.language} on a ${size.name}`, async () => {
        const context = await product.browser.newContext({
          locale: j.language,
          viewport: { width: size.width, height: size.height },
          isMobile: size.isMobile,
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(product.voxly.url);
        await page.locator('form.sign-in input').fill(`Asker ${j.language} ${size.name}`);
        await page.locator('form.sign-in button[type=submit]').click();
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, j.post, j.language);
        const opening = await page.locator('.transcript li.agent').nth(0).innerText();

        await typeAnswer(page, 0, j.answer);
        await page.locator('.transcript li.agent').nth(1).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        const reply = await page.locator('.transcript li.agent').nth(1).innerText();
        // The posting's own sentence on the schedule, then a new question: not the opening one again.
        expect(reply).toContain(j.said);
        expect(reply.trim().endsWith('?')).toBe(true);
        expect(reply).not.toContain(opening.trim().slice(-25));
        await expectNoSideScroll(page, `${j.language} ${size.name} reply`);
        await screenshot(page, `question-after-answer-${j.language}-${size.name}`, { fullPage: false });

        await typeAnswer(page, 1, j.goodbye);
        await page.locator('.transcript li.agent').nth(2).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        const afterGoodbye = await page.locator('.transcript li.agent').nth(2).innerText();
        // Answered from the posting or left to the hiring team, then back to the question on the table: no probe of a goodbye.
        expect(
          j.replies.some((opening) => afterGoodbye.includes(opening)),
          afterGoodbye,
        ).toBe(true);
        expect(afterGoodbye).toContain(j.back);
        await expectNoSideScroll(page, `${j.language} ${size.name} goodbye`);
        await screenshot(page, `questions-before-goodbye-${j.language}-${size.name}`, { fullPage: false });
        expect(errors).toEqual([]);
        await context.close();
      }, 120_000);
    }
  }
});
