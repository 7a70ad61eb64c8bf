import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../src/field-detection/text-language.ts';
import { firstPersonSteps } from '../src/review/first-person-steps.ts';

describe('firstPersonSteps', () => {
  it.each<[TextLanguage, string]>([
    ['en', 'Right now I work weekends at a warehouse.'],
    ['en', 'I always check the invoice number before I enter it.'],
    // The pronoun dropped, as people speak in a hurry.
    ['en', 'off by one in a pagination query. found it from a support ticket, fixed it same day'],
    ['es', 'Yo reviso la lista cada mañana con el equipo.'],
    ['es', 'En la planta me tocó implementar las cinco eses y organizamos las herramientas.'],
    ['pt', 'No escritório eu coordenava os estagiários e treinava eles no protocolo.'],
    ['pt', 'Faço semanal pras próximas semanas e atualizo toda segunda.'],
  ])('%s: steps said in the first person: "%s"', (language, answer) => {
    expect(firstPersonSteps(answer, language)).toBe(true);
  });

  it.each<[TextLanguage, string]>([
    ['en', "I'm very organized and I think communication is key."],
    ['en', 'We worked on the returns as a team and it went well, everyone helped a lot.'],
    ['es', 'Yo creo que lo importante es el servicio. Soy muy paciente.'],
    ['es', 'Trabajamos en equipo y salió bien.'],
    ['pt', 'Eu acho que a comunicação é a chave. Eu sou muito calma.'],
    ['pt', 'A gente trabalhou em equipe e deu tudo certo.'],
  ])('%s: no step of one’s own: "%s"', (language, answer) => {
    expect(firstPersonSteps(answer, language)).toBe(false);
  });
});
