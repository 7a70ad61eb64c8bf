import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { foldedTurn, readDialogAct } from '../src/listening/dialog-act.ts';
import { saysNotKnowing } from '../src/listening/not-knowing.ts';

describe('saysNotKnowing', () => {
  // Written for this test: not knowing with the words people put around it, or no experience as its reason.
  it.each([
    ['en', 'yeah i honestly do not know how i would handle that one'],
    ['en', 'sorry, my mind is totally blanking right now'],
    ['en', "i think i'd pass on that, i have never worked with payroll software"],
    ['es', 'la verdad, no sé, nunca me tocó algo así'],
    ['es', 'mire, eso nunca lo he hecho y no quiero inventarle una respuesta'],
    ['pt-BR', 'olha, não tenho como responder isso agora, desculpa'],
    ['pt-BR', 'nossa, deu um branco agora, desculpa'],
  ] as const)('%s: reads “%s” as not knowing', (language, turn) => {
    expect(saysNotKnowing(foldedTurn(turn), textLanguageOf[language])).toBe(true);
    expect(readDialogAct(turn, language).act).toBe('dont_know');
  });

  // A hedge and then the answer, a turn to what one does, work or a figure told.
  it.each([
    ['en', "i don't know, i just talk to them and tell them what is going to happen"],
    ['en', 'i honestly do not know the theory, but i always count the drawer twice'],
    ['es', 'la verdad no sé, yo reviso primero el inventario y luego llamo al proveedor'],
    ['es', 'no tengo idea del nombre, pero armé la planilla con 12 columnas'],
    ['pt-BR', 'sinceramente não sei, eu separo os pedidos por rota e confiro no fim do dia'],
  ] as const)('%s: reads “%s” as no mere not knowing', (language, turn) => {
    expect(saysNotKnowing(foldedTurn(turn), textLanguageOf[language])).toBe(false);
  });
});
