import { describe, expect, it } from 'vitest';
import { coachingHint } from '../src/coaching/coaching-hint.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';

const job = { jobTitle: 'Warehouse Supervisor', jobDescription: 'Run the returns area and the pickers.' };

describe('coachingHint', () => {
  it('says the review’s first improvement, introduced as a hint, in the interview’s language', () => {
    const answer = 'We worked on the returns as a team and it went well, everyone helped a lot.';
    const hint = coachingHint({ ...job, question: 'Tell me about a process you improved.', answer, language: 'en' });
    expect(hint.asks).toBe('ownActions');
    expect(hint.spoken).toBe(`A tip before we go on: ${reviewLines.en.improvements.ownActions}`);
    const es = coachingHint({ ...job, question: '¿Qué proceso mejoraste?', answer: 'Trabajamos en equipo y salió bien.', language: 'es' });
    expect(es.spoken.startsWith('Un consejo antes de seguir: ')).toBe(true);
    const pt = coachingHint({
      ...job,
      question: 'Que processo você melhorou?',
      answer: 'A gente trabalhou em equipe e deu tudo certo.',
      language: 'pt-BR',
    });
    expect(pt.spoken.startsWith('Uma dica antes de continuar: ')).toBe(true);
  });

  it('does not ask for a result when the story ended in words the review’s markers miss', () => {
    const answer =
      'I scanned the metoprolol and the pill was the extended release when the order was tartrate, so I stopped, called pharmacy, and they swapped it before the morning pass.';
    const hint = coachingHint({ ...job, question: 'Tell me about a time you caught an error.', answer, language: 'en' });
    expect(hint.asks).not.toBe('result');
  });

  it('gives a tip that claims nothing, not "finish with the result", to a story closing on a lesson', () => {
    const answers = {
      en: 'My mistake was waiting: I let the returns pile up while I waited for the manager. I learned to set up the returns rota myself first.',
      es: 'Mi error fue esperar: dejé que las devoluciones se acumularan esperando al gerente. Aprendí a armar yo la rotación primero.',
      'pt-BR': 'Meu erro foi esperar: deixei as devoluções acumularem esperando o gerente. Aprendi a montar eu mesmo a escala primeiro.',
    } as const;
    const question = {
      en: 'Tell me about a mistake you made at work.',
      es: 'Cuéntame de un error que cometiste en el trabajo.',
      'pt-BR': 'Me conte sobre um erro que você cometeu no trabalho.',
    } as const;
    for (const [language, answer] of Object.entries(answers) as [keyof typeof answers, string][]) {
      const hint = coachingHint({ ...job, question: question[language], answer, language });
      expect(hint.asks, language).toBe('endOnChangeTip');
      expect(hint.line, language).toBe(reviewLines[language].improvements.endOnChangeTip);
    }
  });

  it.each([
    [
      'en',
      'A picker kept getting short counts. I recounted the bay with him and checked the scanner log. The root cause was a shelf label swapped with the next bay.',
    ],
    [
      'es',
      'Un pallet salía siempre con faltantes. Conté la posición con el operario y revisé el registro del escáner, y era una etiqueta cambiada.',
    ],
    [
      'pt-BR',
      'Um palete saía sempre com falta. Contei a posição com o operador e conferi o registro do leitor, e era uma etiqueta trocada.',
    ],
  ] as const)('%s: gives a tip, not "finish with the result", to a story closing on what was found: "%s"', (language, answer) => {
    const question = {
      en: 'Tell me about a stock count problem you tracked down.',
      es: 'Cuéntame de un problema que investigaste.',
      'pt-BR': 'Me conte sobre um problema que você investigou.',
    } as const;
    expect(coachingHint({ ...job, question: question[language], answer, language }).asks).toBe('endOnChangeTip');
  });

  it.each([
    // The fix itself, no outcome stated.
    [
      'en',
      'Tell me about a time you fixed a stock count problem.',
      'A picker kept getting short counts on one bay. I recounted the bay with him, relabelled the shelf and retrained him on the scanner.',
    ],
    // A hedged outcome.
    [
      'es',
      'Cuéntame de una vez que capacitaste a alguien en el proceso de devoluciones.',
      'Un operario nuevo confundía los códigos de devolución. Me senté con él un turno y le expliqué cada código en el escáner. Creo que más o menos lo entendió.',
    ],
    // A decision taken.
    [
      'pt-BR',
      'Me conte sobre uma vez que você melhorou o setor de devoluções.',
      'O setor de devoluções vivia lotado. Contei os paletes parados com a equipe e mostrei os números pro gerente. Decidimos mudar o turno da separação.',
    ],
  ] as const)(
    '%s: gives a tip, not "finish with the result", to a story closing on something that happened: "%s"',
    (language, question, answer) => {
      const input = { ...job, question, answer, language };
      // The review, unsure the result is missing, lists the tip too: the hint and the report say the same.
      expect(reviewAnswer(input).improvements[0]?.text).toBe(reviewLines[language].improvements.endOnChangeTip);
      const hint = coachingHint(input);
      expect(hint.asks).toBe('endOnChangeTip');
      expect(hint.line).toBe(reviewLines[language].improvements.endOnChangeTip);
    },
  );

  it.each([
    // The pronoun dropped, as people speak in a hurry.
    [
      'en',
      'Returns were off by one on every count sheet. Found it from a picker’s note, fixed it the same day, added a line to the sheet.',
    ],
    ['en', 'Right now I work weekends at a warehouse and during the week I help out in the stock room.'],
    ['es', 'En la planta me tocó implementar el orden del almacén y organizamos las herramientas por zona.'],
    ['pt-BR', 'No depósito eu coordenava os separadores, eu fazia a divisão das tarefas e treinava eles no leitor.'],
  ] as const)('%s: does not say "say what you did" to steps told in the first person in any tense: "%s"', (language, answer) => {
    const question = {
      en: 'Tell me about your experience with stock control.',
      es: 'Cuéntame de tu experiencia con inventario.',
      'pt-BR': 'Me conte sobre sua experiência com estoque.',
    } as const;
    const input = { ...job, question: question[language], answer, language };
    expect(reviewAnswer(input).improvements[0]?.text).toBe(reviewLines[language].improvements.endOnChangeTip);
    expect(coachingHint(input).asks).toBe('endOnChangeTip');
  });

  it('still asks for a result where the closing tells no event', () => {
    const answer =
      'I reorganised the returns bay with two pickers and moved the fast items to the front. Returns are a big part of the job. I care about them a lot.';
    const hint = coachingHint({ ...job, question: 'Tell me about a process you improved.', answer, language: 'en' });
    expect(hint.asks).toBe('result');
  });

  it('keeps the shape of an answer the review finds nothing to improve in', () => {
    const answer =
      'I noticed the returns sat for days, so I made two pickers the returns team for the first two hours of each shift and I set up a whiteboard; after a month the corner was empty by lunch and ghost stock fell by 40%.';
    const hint = coachingHint({ ...job, question: 'Tell me about a process you improved.', answer, language: 'en' });
    expect(hint.asks).toBe('keepGoing');
    expect(hint.spoken).toBe('A tip before we go on: That answer had what it needs; keep that shape.');
  });
});
