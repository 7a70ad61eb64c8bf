import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { foldedTurn, readDialogAct } from '../src/listening/dialog-act.ts';
import { unmarkedRoleQuestion } from '../src/listening/unmarked-role-question.ts';

describe('unmarkedRoleQuestion', () => {
  // Written for this test: questions about the role as a recogniser writes them, with no question mark.
  it.each([
    ['en', 'oh wait before we move on can i ask if the night shift rotates or if it is fixed'],
    ['en', 'sorry one thing, how many days a week would i be in the office'],
    ['es', 'oiga una duda, el horario sería de lunes a viernes o también sábados'],
    ['es', 'y ya que estamos, de salario cuánto están ofreciendo para este puesto'],
    ['pt-BR', 'só uma dúvida, o salário é fixo ou tem comissão também'],
    ['pt-BR', 'moça deixa eu te perguntar, o trabalho é presencial ou dá pra fazer home office'],
  ] as const)('%s: reads “%s” as a question about the role', (language, turn) => {
    expect(unmarkedRoleQuestion(foldedTurn(turn), textLanguageOf[language])?.length).toBeGreaterThan(0);
    expect(readDialogAct(turn, language).act).toBe('role_question');
  });

  // Answers with a role's words in them, and words that open or announce a question elsewhere.
  it.each([
    ['en', 'i ran the night shift for two years and cut overtime by a third, how many people that took i do not remember'],
    ['es', 'bueno depende del proyecto, hay que seguir buenas prácticas en el equipo y cumplir el horario'],
    ['es', 'trabajé en el turno de noche, lo cual me enseñó a organizarme con el equipo'],
    ['pt-BR', 'porque é uma empresa boa, tem um ótimo ambiente, ótimos benefícios e um salário justo'],
    // How a past job was, after words that can announce a question, and a question someone else had.
    ['en', 'real quick, the shift there was twelve hours and the pay was weekly'],
    ['es', 'antes de eso era cajera en un supermercado, el turno era de noche y el salario bajo'],
    ['es', 'una pregunta que me hacían mucho los clientes era el horario de atención y yo les explicaba'],
    ['pt-BR', 'uma dúvida que eu sempre tive no trabalho era o salário, mas eu negociava direto com o gerente'],
    // Announced, then no question put: a preference told.
    ['en', 'real quick, i prefer the morning shift and the pay matters less to me'],
  ] as const)('%s: reads “%s” as no question', (language, turn) => {
    expect(unmarkedRoleQuestion(foldedTurn(turn), textLanguageOf[language])).toBeUndefined();
  });

  it('leaves a question in another of our languages to the language check', () => {
    const turn = 'una duda, el horario sería de lunes a viernes o también sábados';
    expect(readDialogAct(turn, 'en').act).not.toBe('role_question');
  });
});
