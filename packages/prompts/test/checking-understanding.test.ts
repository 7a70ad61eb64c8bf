import { describe, expect, it } from 'vitest';
import { isCheckingUnderstanding } from '../src/listening/checking-understanding.ts';
import { foldedTurn, readDialogAct } from '../src/listening/dialog-act.ts';

const checks = (turn: string) => isCheckingUnderstanding(foldedTurn(turn));

describe('isCheckingUnderstanding', () => {
  // Written for this test, in the ways people check a question before answering it.
  it.each([
    ['en', 'so basically you want to know how I would handle the month-end close if the ERP was down, is that right?'],
    ['en', 'GAAP you mean the US rules, right?'],
    ['en', 'okay so when you say root cause analysis is that like the five whys thing or something else'],
    ['en', 'you mean a patient of mine, not a family member? just to check'],
    ['es', 'o sea, usted me está preguntando cómo organizo la bodega cuando llega un pedido grande, ¿cierto?'],
    ['es', 'el KPI de OTIF se refiere a entregas a tiempo y completas verdad'],
    ['es', 'cuando dice conciliación es lo de cuadrar el banco con el libro, ¿no? Solo para confirmar.'],
    ['pt-BR', 'você tá perguntando de uma vez que eu tive que mudar a escala de última hora, é isso?'],
    ['pt-BR', 'lead time é o tempo do pedido até a entrega né só pra confirmar'],
    ['pt-BR', 'NR-35 é a de trabalho em altura, certo? Quero ter certeza antes de responder.'],
  ] as const)('%s: reads “%s” as a check of the question, a request to clarify', (language, turn) => {
    expect(checks(turn)).toBe(true);
    expect(readDialogAct(turn, language).act).toBe('clarification_request');
  });

  // Answers that say the question back, end on a tag, or want to be sure of something in the work itself.
  it.each([
    ['en', 'so you mean the outage last March, right? yeah so I rolled back the release and we were up again in 20 minutes'],
    ['en', 'I would click the gear icon at the top right'],
    ['en', 'I always count the drawer twice, just to make sure it balances.'],
    ['en', 'We shipped it on time, and the client renewed, which is the result that counts, right?'],
    ['es', 'lo hice yo sola y esa es la verdad'],
    ['es', 'revisé el inventario dos veces para confirmar el faltante y lo reporté al jefe'],
    ['pt-BR', 'eu sempre confiro a prescrição antes de administrar, pra confirmar a dose certa'],
    ['pt-BR', 'você quer saber da empilhadeira? então, eu tirei a habilitação em 2019 e opero todo dia desde então'],
  ] as const)('%s: reads “%s” as no check of the question', (_language, turn) => {
    expect(checks(turn)).toBe(false);
  });
});
