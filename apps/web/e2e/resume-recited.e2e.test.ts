import { describe, expect, it } from 'vitest';
import { buyCredits, endAndOpenReport, reportAtBothSizes, signIn, startInterview, typeAnswer } from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';

/**
 * A fluent candidate who answers every question with their résumé (a certification, an award, a
 * target beaten), naming the tools the question asks about but telling nothing done with them:
 * the report says, per answer, that it told another story, and the interview does not read as a hire.
 */
const journeys = [
  {
    language: 'en',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Warehouse Shift Supervisor',
      jobDescription:
        'Lead a night shift of 20 pickers and forklift operators.\nRequirements:\n- Forklift certification\n- WMS experience (Manhattan or SAP EWM)\n- Safety-first leadership',
      resumeText: 'Forklift operator and lead hand, 8 years at a grocery distribution centre; certified on reach trucks; SAP EWM daily.',
    },
    answers: [
      "I'm Dana, I've worked in warehousing for eight years, mostly nights, first as a forklift operator and then as a lead hand.",
      "SAP EWM, honestly I've got my super user certification in it and I won the inventory accuracy award twice at the DC.",
      "the WMS, well I've got my certification and I was employee of the month three times, top three on the productivity board.",
      "so with SAP EWM and the WMS I've got the certification, I was employee of the month twice and I'm really good with SAP.",
    ],
    otherStory: 'This told a different story from the one asked for',
    lowVerdict: /No hire|Lean no hire/,
  },
  {
    language: 'es',
    locale: 'es-MX',
    viewport: { width: 390, height: 844 },
    post: {
      jobTitle: 'Supervisor/a de Turno de Almacén',
      jobDescription:
        'Liderar un turno nocturno de 20 surtidores y montacarguistas.\nRequisitos:\n- Certificación de montacargas\n- Manejo de WMS (SAP EWM)\n- Liderazgo con foco en seguridad',
      resumeText: 'Montacarguista y líder de cuadrilla, 8 años en un CEDIS de abarrotes; certificado en montacargas; SAP EWM diario.',
    },
    answers: [
      'Soy Dana, llevo ocho años en almacenes, casi siempre de noche, primero de montacarguista y luego de líder de cuadrilla.',
      'SAP EWM, mire, tengo mi certificación de usuario clave y me nombraron empleado del mes dos veces en el CEDIS.',
      'el WMS, pues tengo mi certificación al día y siempre cumplí la meta de productividad, me dieron un reconocimiento.',
      'con SAP EWM y el WMS tengo mi certificación, me nombraron empleado del mes y siempre cumplí la meta.',
    ],
    otherStory: 'Contaste una historia distinta de la que se pedía',
    lowVerdict: /No contratar|Inclinado a no contratar/,
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Supervisor(a) de Turno de Armazém',
      jobDescription:
        'Liderar um turno noturno de 20 separadores e operadores de empilhadeira.\nRequisitos:\n- Certificação de empilhadeira (NR11)\n- Experiência com WMS (SAP EWM)\n- Liderança com foco em segurança',
      resumeText: 'Operador de empilhadeira e líder de equipe, 8 anos num CD de alimentos; NR11 em dia; SAP EWM no dia a dia.',
    },
    answers: [
      'Sou a Dana, trabalho com armazém há oito anos, quase sempre à noite, primeiro como operadora de empilhadeira e depois como líder.',
      'SAP EWM, olha, tenho meu curso de usuária chave em dia e fui funcionária do mês duas vezes no CD.',
      'o WMS, eu tenho minha certificação e sempre bati a meta de produtividade, ganhei prêmio da matriz.',
      'com SAP EWM e o WMS eu tenho meu curso, fui funcionária do mês e sempre bati a meta.',
    ],
    otherStory: 'Você contou uma história diferente da que foi pedida',
    lowVerdict: /Não contratar|Tende a não contratar/,
  },
] as const;

describe('a résumé recited instead of answers, in Chromium', () => {
  const product = productUnderTest();

  it('says per answer that it told another story, and does not read as a hire', async () => {
    await Promise.all(
      journeys.map(async (j) => {
        const context = await product.browser.newContext({ locale: j.locale, viewport: j.viewport });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await signIn(page, product.voxly.url, `Recital ${j.language}`);
        await buyCredits(page, product.voxly.url);
        await startInterview(page, product.voxly.url, j.post, j.language);
        for (const [i, answer] of j.answers.entries()) await typeAnswer(page, i, answer);

        await endAndOpenReport(page);
        expect(await page.locator('.big-score').innerText()).toMatch(j.lowVerdict);
        const report = await page.locator('main').innerText();
        const said = report.split(j.otherStory).length - 1;
        // The opening "tell me about yourself" is answered by one's background; the three recited answers after it are not
        // (each is said once by its question and again under "To improve").
        expect(said, `${j.language}: answers read as another story`).toBeGreaterThanOrEqual(4);
        await reportAtBothSizes(page, `resume-recited-report-${j.language}`, j.viewport);
        expect(errors).toEqual([]);
        await context.close();
      }),
    );
  }, 240_000);
});
