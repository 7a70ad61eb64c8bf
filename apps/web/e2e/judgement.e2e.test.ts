import { describe, expect, it } from 'vitest';
import {
  buyCredits,
  endAndOpenReport,
  expectNoSideScroll,
  reportAtBothSizes,
  signIn,
  submitInterviewForm,
  thinkWithDraft,
  typeAnswer,
} from './support/journey.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * A career changer per language: the role asks for a certification the resume does not
 * show, but the background is close. The form warns before the credit; the interview goes
 * on past the two-minute fit check; a request to repeat gets the question again; an
 * interview of off-topic remarks gets a low score that says why.
 */
const journeys = [
  {
    language: 'en',
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Clinical Research Coordinator',
      jobDescription:
        'Coordinate oncology trials at our hospital site.\nRequirements:\n- GCP certification\n- Experience with REDCap and informed consent\n- Nursing or life-science background',
      resumeText:
        'ICU nurse for six years at a university hospital; charted in Epic, took part in two sepsis studies, finished a clinical research course.',
    },
    gap: /GCP/,
    repeat: 'Sorry, could you repeat the question?',
    // Said the way people do on a bad line: no "repeat", no question mark, the cause told around it.
    missed: "sorry you cut out for a second there, my building's wifi is awful, I only caught the first part",
    onceMore: 'sorry my headphones glitched, could you go over that once more',
    // A question about the role as a recogniser writes it: announced, no question mark.
    roleQuestion: 'oh wait before we move on can i ask if the night shift rotates or if it is fixed',
    roleReply: /doesn't say|hiring team/i,
    // Not knowing, with the words people put around it.
    notKnowing: 'yeah i honestly do not know how i would answer that one',
    reassured: /saying so is better than guessing/i,
    offTopic: [
      'Honestly my favourite pizza topping is pineapple and my cat agrees with me.',
      'Did you see the game last night? The Cubs won seven to two.',
      'We had tacos for dinner and watched a movie on Netflix.',
    ],
    lowVerdict: /No hire|Lean no hire/,
  },
  {
    language: 'es',
    locale: 'es-AR',
    viewport: { width: 390, height: 844 },
    post: {
      jobTitle: 'Coordinador/a de Investigación Clínica',
      jobDescription:
        'Coordinar ensayos de oncología en nuestro hospital.\nRequisitos:\n- Certificación GCP\n- Manejo de REDCap y consentimiento informado\n- Formación en enfermería o ciencias de la vida',
      resumeText:
        'Enfermera de UCI durante seis años en un hospital universitario; registros en Epic, participé en dos estudios de sepsis y terminé un curso de investigación clínica.',
    },
    gap: /GCP/,
    repeat: '¿Me puede repetir la pregunta?',
    missed: 'uy perdón, se me cortó justo en la mitad, el internet de acá es malísimo',
    onceMore: 'perdón, ¿me lo puede decir una vez más?',
    roleQuestion: 'oiga una duda, el horario sería de lunes a viernes o también sábados',
    roleReply: /no lo dice|equipo de selección/i,
    notKnowing: 'mire, con toda sinceridad, eso no lo he hecho y no quiero inventarle',
    reassured: /decirlo es mejor que adivinar/i,
    offTopic: [
      'La verdad mi pizza favorita es la de ananá y mi gato está de acuerdo.',
      '¿Viste el partido de anoche? Ganamos tres a uno, una locura.',
      'Ayer comimos asado con mis primos y después vimos una película.',
    ],
    lowVerdict: /No contratar|Inclinado a no contratar/,
  },
  {
    language: 'pt-BR',
    locale: 'pt-BR',
    viewport: { width: 1280, height: 800 },
    post: {
      jobTitle: 'Coordenador(a) de Pesquisa Clínica',
      jobDescription:
        'Coordenar estudos de oncologia no nosso hospital.\nRequisitos:\n- Certificação GCP\n- Experiência com REDCap e termo de consentimento\n- Formação em enfermagem ou ciências da vida',
      resumeText:
        'Enfermeira de UTI há seis anos em hospital universitário; registros no Epic, participei de dois estudos de sepse e concluí um curso de pesquisa clínica.',
    },
    gap: /GCP/,
    repeat: 'Pode repetir?',
    missed: 'desculpa, o áudio ficou todo picotado aqui, passou um caminhão bem na hora',
    onceMore: 'desculpa, como era a pergunta mesmo?',
    roleQuestion: 'só uma dúvida, o salário é fixo ou tem comissão também',
    roleReply: /não diz|equipe de seleção/i,
    notKnowing: 'olha, não tenho como responder isso agora, desculpa',
    reassured: /dizer isso é melhor do que chutar/i,
    offTopic: [
      'Sinceramente minha pizza favorita é de abacaxi e meu gato concorda.',
      'Você viu o jogo ontem? O Corinthians ganhou de três a um.',
      'Ontem fizemos churrasco com meus primos e depois vimos um filme.',
    ],
    lowVerdict: /Não contratar|Tende a não contratar/,
  },
] as const;

describe('judgement a candidate can trust, in Chromium', () => {
  const product = productUnderTest();

  // The fit check runs on the real clock two minutes in: the three journeys run side by side.
  it('warns a career changer on the form, never ends them, repeats a question on request and scores off-topic remarks low', async () => {
    await Promise.all(
      journeys.map(async (j) => {
        const context = await product.browser.newContext({ locale: j.locale, viewport: j.viewport });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await signIn(page, product.voxly.url, `Changer ${j.language}`);
        await buyCredits(page, product.voxly.url);
        const before = await page.locator('[data-testid=balance]').innerText();

        await submitInterviewForm(page, product.voxly.url, j.post, j.language);
        const warning = page.locator('[data-testid=fit-warning]');
        await warning.waitFor();
        expect(await warning.innerText()).toMatch(j.gap);
        // Nothing was spent yet, and the warning has the focus.
        expect(await page.locator('[data-testid=balance]').innerText()).toBe(before);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('fit-warning-title');
        await expectNoSideScroll(page, `${j.language} fit warning`);
        await screenshot(page, `judgement-fit-warning-${j.language}-${j.viewport.width}`, { fullPage: false });
        await warning.locator('button').first().click();
        await page.locator('.transcript li.agent').first().waitFor();

        // "Repeat the question" gets the question again, not "good question".
        await typeAnswer(page, 0, j.repeat);
        await page.locator('.transcript li.agent').nth(1).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        const opening = await page.locator('.transcript li.agent').nth(0).innerText();
        const repeated = await page.locator('.transcript li.agent').nth(1).innerText();
        // The opening question's end ("…what draws you to this position?") comes back word for word.
        expect(repeated.toLowerCase()).toContain(opening.trim().slice(-25).toLowerCase());
        // A bad line, said around its cause, is a request to repeat too.
        await typeAnswer(page, 1, j.missed);
        await page.locator('.transcript li.agent').nth(2).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        const again = await page.locator('.transcript li.agent').nth(2).innerText();
        expect(again.toLowerCase()).toContain(opening.trim().slice(-25).toLowerCase());
        // "Once more", "una vez más", "como era a pergunta?": asked without the word "repeat".
        await typeAnswer(page, 2, j.onceMore);
        await page.locator('.transcript li.agent').nth(3).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        const onceMore = await page.locator('.transcript li.agent').nth(3).innerText();
        expect(onceMore.toLowerCase()).toContain(opening.trim().slice(-25).toLowerCase());
        await screenshot(page, `judgement-repeat-${j.language}-${j.viewport.width}`, { fullPage: false });

        // A question about the role with no question mark is answered from the posting, or deferred: not taken for an answer.
        await typeAnswer(page, 3, j.roleQuestion);
        await page.locator('.transcript li.agent').nth(4).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        expect(await page.locator('.transcript li.agent').nth(4).innerText()).toMatch(j.roleReply);
        await screenshot(page, `judgement-role-question-${j.language}-${j.viewport.width}`, { fullPage: false });

        // Not knowing, said around with other words, is reassured and moved past: no probe for more detail.
        await typeAnswer(page, 4, j.notKnowing);
        await page.locator('.transcript li.agent').nth(5).waitFor();
        await page.waitForFunction(() => !document.querySelector('.transcript li.agent.streaming'));
        expect(await page.locator('.transcript li.agent').nth(5).innerText()).toMatch(j.reassured);
        await screenshot(page, `judgement-not-knowing-${j.language}-${j.viewport.width}`, { fullPage: false });

        // Off-topic remarks, past the two-minute fit check: the career changer is not ended.
        for (const [i, remark] of j.offTopic.entries()) await typeAnswer(page, i + 5, remark);
        await thinkWithDraft(page, 2 * 60_000 + 5_000);
        await typeAnswer(page, j.offTopic.length + 5, j.offTopic[0]);
        await page.waitForTimeout(3_000);
        expect(await page.locator('#ending-title').count()).toBe(0);

        await endAndOpenReport(page);
        const score = Number(await page.locator('[data-testid=overall-score]').innerText());
        expect(score).toBeLessThan(40);
        expect(await page.locator('.big-score').innerText()).toMatch(j.lowVerdict);
        await reportAtBothSizes(page, `judgement-report-${j.language}`, j.viewport);
        expect(errors).toEqual([]);
        await context.close();
      }),
    );
  }, 300_000);
});
