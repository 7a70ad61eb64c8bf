import { describe, expect, it } from 'vitest';
import { procedureSteps } from '../src/review/procedure-steps.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';

/*
 * A procedure told as the answer to "how would you…": its steps, in any tense or mood, are
 * what was asked for; a list of methods ("aplico el ciclo PDCA") names nothing done.
 */
describe('procedureSteps', () => {
  it.each([
    [
      'en',
      "first i'd figure out is it tripping instantly. kill it, lift the load side and megger it. if it's after a while clamp it and check the terminations for heat",
    ],
    [
      'es',
      'le pido disculpas de frente, llamo a un hotel de la misma categoría, le pagamos el taxi y lo anoto para que el gerente le escriba',
    ],
    ['pt', 'reconto tudo de novo, confiro a sangria e os cartões com o relatório da maquininha, e se não achar chamo o fiscal'],
  ] as const)('%s: counts the steps of a procedure', (language, answer) => {
    expect(procedureSteps(answer, language)).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['en', 'I would implement positive behavioral interventions, follow the school framework and ensure alignment with company values.'],
    ['es', 'aplico la mejora continua con el ciclo PDCA, sigo la metodología cinco S y priorizo siempre la calidad total'],
    ['pt', 'protocolo sanitário, plano de ação com 5W2H, acompanhamento das ações e bem-estar animal'],
  ] as const)('%s: a list of methods or nouns is no step', (language, answer) => {
    expect(procedureSteps(answer, language)).toBeLessThan(2);
  });
});

describe('reviewAnswer and a procedure asked for', () => {
  const steps =
    'primero veo si desarma en el momento o después de un rato. si es en el momento es un corto, apago, suelto los cables y paso el megóhmetro. si es después, mido con la pinza y reviso qué hay conectado en el circuito.';

  it('scores the steps of the procedure asked for as a good answer, not as talk without facts', () => {
    const review = reviewAnswer({
      question: '¿Cómo investigas un interruptor que se dispara a cada rato?',
      jobTitle: 'Electricista',
      jobDescription: '',
      answer: steps,
      language: 'es',
    });
    expect(review.kind).toBe('answer');
    expect(review.score).toBeGreaterThanOrEqual(3.5);
  });

  it('gives no such credit where a story was asked for', () => {
    const asProcedure = reviewAnswer({
      question: '¿Cómo investigas un interruptor que se dispara a cada rato?',
      jobTitle: 'Electricista',
      jobDescription: '',
      answer: steps,
      language: 'es',
    });
    const asStory = reviewAnswer({
      question: 'Cuéntame de una vez que tuviste un conflicto con un cliente.',
      jobTitle: 'Electricista',
      jobDescription: '',
      answer: steps,
      language: 'es',
    });
    expect(asStory.score).toBeLessThan(asProcedure.score);
  });
});
