import { describe, expect, it } from 'vitest';
import { readDialogAct, type DialogAct } from '../src/listening/dialog-act.ts';

/** Tuning examples, written with the code: the independent set in corpus/independent is measured in bench:quality. */
const cases: [DialogAct, 'en' | 'es' | 'pt-BR', string][] = [
  ['repeat_request', 'en', 'Could you repeat the question?'],
  ['repeat_request', 'en', 'Sorry, you cut out there, can you say that again'],
  ['repeat_request', 'en', 'Sorry?'],
  ['repeat_request', 'en', "I didn't catch the last part."],
  ['repeat_request', 'es', '¿Me puede repetir la pregunta?'],
  ['repeat_request', 'es', '¿Cómo?'],
  ['repeat_request', 'es', 'perdón no te escuché bien'],
  ['repeat_request', 'pt-BR', 'Pode repetir?'],
  ['repeat_request', 'pt-BR', 'oi? cortou aqui'],
  ['clarification_request', 'en', 'Sorry, what do you mean?'],
  ['clarification_request', 'en', 'Does it have to be from work, or can it be from university?'],
  ['clarification_request', 'es', '¿A qué te refieres exactamente?'],
  ['clarification_request', 'es', 'no entiendo la pregunta'],
  ['clarification_request', 'pt-BR', 'Como assim?'],
  ['clarification_request', 'pt-BR', 'não entendi a pergunta, pode explicar melhor?'],
  ['role_question', 'en', 'Is this role remote or in the office?'],
  ['role_question', 'en', 'What is the salary range?'],
  ['role_question', 'es', '¿Cuál sería el horario de trabajo?'],
  ['role_question', 'pt-BR', 'Qual é o salário?'],
  ['dont_know', 'en', 'I dunno.'],
  ['dont_know', 'en', "Honestly, no clue, I've never done that."],
  ['dont_know', 'es', 'Ni idea, la verdad.'],
  ['dont_know', 'pt-BR', 'Sei lá, nunca fiz isso.'],
  ['thanks_closing', 'en', 'Thank you so much, bye!'],
  ['thanks_closing', 'es', 'Muchas gracias, eso es todo.'],
  ['thanks_closing', 'pt-BR', 'Obrigada!'],
  ['answer', 'en', 'Sorry, let me think. I led the migration of our billing to Kafka and cut the failures by half in two months.'],
  ['answer', 'en', 'Yes, twice, both in Python.'],
  ['answer', 'en', 'Thank you for the question. I managed a team of five nurses on the night shift for two years.'],
  ['answer', 'es', 'Pues, trabajé tres años en Madrid como contable y cerraba el mes con SAP.'],
  ['answer', 'pt-BR', 'Então, eu fiz o planejamento da safra em Sorriso usando o QGIS, e deu certo.'],
  ['empty', 'en', '   '],
];

describe('readDialogAct', () => {
  it.each(cases)('reads %s in %s: %s', (act, language, utterance) => {
    expect(readDialogAct(utterance, language).act).toBe(act);
  });

  it('takes a long turn that opens with a cue as an answer (precision first)', () => {
    const long =
      'Sorry, could you repeat — no, actually I got it. When I was at the bank I rebuilt the monthly close so it took three days instead of eight, mostly by automating the reconciliations.';
    expect(readDialogAct(long, 'en').act).toBe('answer');
  });

  it('names what a question about the role asks about', () => {
    expect(readDialogAct('Is it hybrid? Where is the office?', 'en').topics).toContain('place');
    expect(readDialogAct('¿Cuánto es el sueldo?', 'es').topics).toContain('pay');
  });
});
