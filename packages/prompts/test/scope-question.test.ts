import { describe, expect, it } from 'vitest';
import { foldedTurn, readDialogAct } from '../src/listening/dialog-act.ts';
import { asksScope } from '../src/listening/scope-question.ts';

describe('asking which example the question wants', () => {
  it.each([
    [
      'en',
      'Tell me about a time you handled a difficult customer.',
      'um like a customer at the counter or on the phone, or in general how i deal with that kind of person',
    ],
    [
      'en',
      'Describe a system you scaled.',
      'when you say scaled do you mean traffic or the team, because those are really different stories',
    ],
    ['en', 'Tell me about a project you led.', 'i ran a small volunteer thing once, would that count or do you want a work one'],
    [
      'es',
      'Cuéntame de un error que cometiste.',
      'tengo dos, uno mío y otro de un compañero, no sé si usted quiere el mío o el que yo detecté',
    ],
    [
      'es',
      'Háblame de un proyecto que lideraste.',
      'liderado en el sentido de que yo era la responsable, o cuenta también si solo lo coordiné?',
    ],
    [
      'pt-BR',
      'Me conta de uma equipe que você liderou.',
      'vale um que eu fiz como voluntária na igreja? de carteira assinada eu nunca liderei',
    ],
    [
      'pt-BR',
      'Me fala de um sistema grande que você manteve.',
      'grande em que sentido, de usuários ou de código? não sei se pra vocês isso é grande',
    ],
    // Whether something counts, said in the plural or with the thing between: "también cuentan", "vale freela também".
    ['es', '¿Cuántos años de experiencia en ventas tienes?', 'las suplencias también cuentan o nada más lo fijo'],
    ['pt-BR', 'Quanto tempo de experiência você tem com atendimento?', 'vale freela também ou só o registrado?'],
    ['pt-BR', 'Você já liderou uma equipe?', 'monitoria na faculdade também conta?'],
    ['en', 'How many years of customer service do you have?', 'do summer jobs count too or only full time'],
  ] as const)('is a request to clarify (%s): "%s"', (language, question, turn) => {
    expect(readDialogAct(turn, language, question).act).toBe('clarification_request');
  });

  it.each([
    // A question about the company after an answer, a benefit, and a story with a check tacked on are not.
    ['es', 'Claro, usaría un merge con claves naturales y guardaría un control de lotes. ¿Ustedes están en Airflow o en otra cosa?'],
    ['pt', 'tem vale transporte ou vale refeição nessa vaga?'],
    ['pt', 'tem vale refeição também ou só o transporte?'],
    ['en', 'I rebuilt the pick paths, retrained the night crew and cut overtime by a third that quarter, does that count?'],
    ['en', 'we had a machine that kept jamming so i stripped the feeder and found the worn belt, in general that is how i troubleshoot'],
  ] as const)('is not (%s): "%s"', (language, turn) => {
    expect(asksScope(foldedTurn(turn), language)).toBe(false);
  });
});
