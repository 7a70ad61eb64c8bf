import { describe, expect, it } from 'vitest';
import { buyCredits, expectNoSideScroll, signIn, submitInterviewForm } from './support/journey.ts';
import { viewports } from './support/matrix.ts';
import { productUnderTest } from './support/product-under-test.ts';
import { screenshot } from './support/screenshots.ts';

/**
 * A nursing posting and a resume from elsewhere, in each UI language: the form's warning names
 * the degree the role asks for, each licence once (a bracket that restates it is no second one),
 * and never the place a licence holds in.
 */
const journeys = [
  {
    language: 'en',
    post: {
      jobTitle: 'Registered Nurse - Med/Surg',
      jobDescription:
        'Requirements:\n- BSN required\n- Active RN license in Texas (registered nurse licence)\n- BLS certification\n- 1 year acute care experience',
      resumeText: 'Server at Olive Garden, 2019-2024: opened and closed the floor, trained new servers.\nHigh school diploma.',
    },
    degree: 'BSN',
    licence: /licen[cs]e/gi,
    place: 'Texas',
  },
  {
    language: 'es',
    post: {
      jobTitle: 'Enfermero/a de Planta',
      jobDescription:
        'Requisitos:\n- Grado en Enfermería (imprescindible)\n- Colegiación en Madrid (colegiatura vigente)\n- Experiencia en planta de hospitalización',
      resumeText: 'Camarera en Restaurante La Tasca (2018-2024): atención de mesas, cierre de caja.\nFormación: Bachillerato.',
    },
    degree: 'Grado en Enfermería',
    licence: /colegia/gi,
    place: 'Madrid',
  },
  {
    language: 'pt-BR',
    post: {
      jobTitle: 'Enfermeiro(a) Assistencial',
      jobDescription:
        'Requisitos:\n- Graduação em Enfermagem\n- Registro ativo no COREN (registro profissional)\n- Experiência em clínica médica',
      resumeText: 'Atendente de loja no Shopping Center Norte (2019-2024): caixa, estoque e vitrine.\nEnsino médio completo.',
    },
    degree: 'Graduação em Enfermagem',
    licence: /registro/gi,
    place: 'Paraná',
  },
] as const;

describe('the form names each thing the role asks for once, in Chromium', () => {
  const product = productUnderTest();

  for (const [index, j] of journeys.entries()) {
    const [size, viewport] = viewports[index % viewports.length]!;
    it(`in ${j.language} on a ${size}`, async () => {
      const context = await product.browser.newContext({ locale: j.language, viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await signIn(page, product.voxly.url, `Gaps ${j.language}`);
      await buyCredits(page, product.voxly.url);
      await submitInterviewForm(page, product.voxly.url, j.post, j.language);
      const warning = page.locator('[data-testid=fit-warning]');
      await warning.waitFor();
      const text = await warning.innerText();
      expect(text).toContain(j.degree);
      expect(text.match(j.licence) ?? [], text).toHaveLength(1);
      expect(text).not.toContain(j.place);
      await expectNoSideScroll(page, `${j.language} form gaps`);
      await screenshot(page, `form-gaps-${j.language}-${size}`, { fullPage: false });
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
