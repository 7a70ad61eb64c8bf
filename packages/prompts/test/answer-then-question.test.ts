import { describe, expect, it } from 'vitest';
import { readDialogAct } from '../src/listening/dialog-act.ts';
import { questionAfterAnswer } from '../src/listening/question-after-answer.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';
import { spokenLines } from '../src/spoken-lines.ts';

/*
 * A story of work told first, then a question back about the job: the turn answers the question
 * (and the review judges it), the question comes after. A question about the job with little
 * before it, or nothing of work, is still a question about the role.
 */
describe('an answer with a question back at its end', () => {
  const asked = {
    en: 'Tell me about a disagreement with your lead.',
    es: 'Cuéntame de un desacuerdo con tu jefe.',
    'pt-BR': 'Me conta de um desacordo com seu gestor.',
  };

  it.each([
    [
      'en',
      'My lead and I disagreed on the rota. I showed her the overtime sheet, we kept my version and overtime fell by a third. Do you run rotas the same way here?',
    ],
    [
      'es',
      'Mi jefe quería cerrar el inventario en viernes y yo le mostré que los domingos había 40 por ciento menos errores, así que lo movimos. ¿Aquí el inventario es semanal?',
    ],
    ['pt-BR', 'Eu implantei a contagem cíclica no estoque e a acuracidade subiu pra 99 por cento em seis meses. Vocês usam qual WMS aí?'],
    // The accent of a Spanish preterite ("armé") is gone once the turn is folded: the work is still told.
    [
      'es',
      'En la bodega anterior armé los turnos para que nadie hiciera más de dos fines de semana al mes y las horas extra bajaron bastante. ¿Aquí los turnos son rotativos?',
    ],
  ] as const)('%s: is an answer', (language, turn) => {
    expect(readDialogAct(turn, language, asked[language]).act).toBe('answer');
  });

  it.each([
    ['en', 'I work nights now, so is the schedule rotating or fixed?'],
    ['en', 'Is the position hybrid or fully on site? I live forty minutes out.'],
    ['es', 'Oiga, ¿y el sueldo cuánto es? Porque en el aviso no decía nada.'],
  ] as const)('%s: “%s” is still a question about the role', (language, turn) => {
    expect(readDialogAct(turn, language, asked[language]).act).toBe('role_question');
  });
});

describe('the question at the end of an answer is answered, then the interview goes on', () => {
  const brief = {
    jobTitle: 'Shift Supervisor',
    jobDescription:
      'We run a 24/7 distribution centre. You will lead a team of 20 pickers on rotating shifts and keep overtime within budget. Rotas are published four weeks ahead. Experience with WMS required.',
    resumeText: 'Team lead at a grocery warehouse, 2019-2024.',
    field: 'general' as const,
  };
  const play = (language: 'en' | 'es' | 'pt-BR', turns: string[]) => {
    const transcript: { role: 'agent' | 'user'; content: string }[] = [{ role: 'agent', content: 'Hello.' }];
    let reply = '';
    for (const content of turns) {
      transcript.push({ role: 'user', content });
      reply = scriptedInterviewerTurn({ ...brief, language }, transcript, 'turn').text;
      transcript.push({ role: 'agent', content: reply });
    }
    return reply;
  };

  it('finds the question about the role after an answer, not one about the question or small talk', () => {
    expect(questionAfterAnswer('I rebuilt the rota and overtime fell by a third. Do you publish rotas far ahead here?')?.topics).toEqual([
      'schedule',
    ]);
    expect(questionAfterAnswer('I rebuilt the rota and overtime fell by a third. Does that answer your question?')).toBeUndefined();
    expect(questionAfterAnswer('Is the schedule rotating? I work nights now.')).toBeUndefined();
  });

  it.each([
    [
      'en',
      'I rebuilt the rota so nobody did more than two weekends a month, and overtime fell by a third. Do you publish rotas far ahead here?',
    ],
    [
      'pt-BR',
      'No CD anterior eu refiz a escala pra ninguém pegar mais de dois fins de semana por mês e as horas extras caíram um terço. Qual é o salário?',
    ],
  ] as const)('%s: the role question is answered from the posting or deferred, and the next question follows', (language, answer) => {
    const lines = spokenLines[language];
    const reply = play(language, ['Hi, I have led warehouse teams for five years.', answer]);
    const answered = language === 'en' ? lines.answerFromJob('Rotas are published four weeks ahead.') : lines.deferQuestion;
    expect(reply).toContain(answered);
    // Not sent back to a question already answered: the interview moves on.
    expect(reply).not.toContain(lines.backToQuestion);
    expect(reply.indexOf(answered)).toBeLessThan(reply.length - answered.length);
  });
});
