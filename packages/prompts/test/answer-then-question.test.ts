import { describe, expect, it } from 'vitest';
import { readDialogAct } from '../src/listening/dialog-act.ts';

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
