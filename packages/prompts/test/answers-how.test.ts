import { describe, expect, it } from 'vitest';
import { reviewAnswer } from '../src/review/review-answer.ts';

// Asked what one does or would do, one's own steps in the present or the conditional answer it, in words the
// question did not use and the setting's everyday ones ("cocina", "vizinho"): an answer to judge, never an aside scored 1.
const cases = [
  {
    language: 'en' as const,
    question: 'What would you do if you ran out of a dish mid-service?',
    answer: 'tell expo right away so servers stop selling it, then let chef know and offer the table a swap',
  },
  {
    language: 'es' as const,
    question: '¿Qué haces si un cliente se queja de que la comida tarda?',
    answer: 'le diría que se calme, le pediría perdón y hablaría con cocina para sacarlo primero',
  },
  {
    language: 'es' as const,
    question: '¿Cómo revisaría un tablero que se dispara seguido?',
    answer: 'primero revisaría el amperaje de cada circuito y después buscaría un neutro compartido',
  },
  {
    language: 'pt-BR' as const,
    question: 'O que você faz se chega pra entregar e não tem ninguém?',
    answer: 'deixo com o vizinho ou na portaria e mando foto pro cliente no aplicativo',
  },
];

describe('an answer of what one does, to a question of what one would do', () => {
  it.each(cases)('is an answer ($language): "$answer"', ({ language, question, answer }) => {
    const review = reviewAnswer({ question, jobTitle: '', jobDescription: '', answer, language });
    expect(review.kind).toBe('answer');
    expect(review.score).toBeGreaterThan(1);
  });

  it('still reads life outside work as an aside, however it is phrased', () => {
    const review = reviewAnswer({
      question: 'What would you do if a pallet arrives damaged?',
      jobTitle: '',
      jobDescription: '',
      answer: "honestly i'd rather be at the beach this weekend, my kids love the water and we grill burgers",
      language: 'en',
    });
    expect(review.kind).toBe('off_topic');
  });
});
