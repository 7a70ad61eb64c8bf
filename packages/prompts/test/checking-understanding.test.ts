import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { checkOfQuestion, isCheckingUnderstanding } from '../src/listening/checking-understanding.ts';
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

describe('a turn that opens by saying the question back, or says it wants to see if it understood', () => {
  // Written for this test: the question said back with nothing told after it, no tag asking to confirm.
  it.each([
    ['en', "so you're asking what i'd do if the truck shows up with half the order missing"],
    ['en', 'let me see if i got this, you want to know how i handled the client or how i fixed the report'],
    ['es', 'a ver a ver, o sea usted me está preguntando qué hago si un cliente se va sin pagar'],
    ['es', 'a ver si entendí, me pregunta cómo organizaba los turnos o cómo cubría las faltas'],
    ['pt-BR', 'deixa eu ver se entendi, você quer saber como eu cobrava os clientes atrasados'],
    ['pt-BR', 'então você tá me perguntando o que eu faço quando o sistema cai no meio do plantão'],
  ] as const)('%s: reads “%s” as a request to clarify', (language, turn) => {
    expect(checkOfQuestion(foldedTurn(turn), textLanguageOf[language])).toBeDefined();
    expect(readDialogAct(turn, language).act).toBe('clarification_request');
  });

  // Said back, then answered: a reason, another sentence, or work told.
  it.each([
    ['en', "so you're asking how i handle conflict. i usually talk to the person right away"],
    ['es', 'usted me está preguntando por qué quiero el puesto, porque me gusta atender gente'],
    ['es', 'o sea me pregunta por el inventario, lo cuadré cada viernes durante dos años'],
    ['pt-BR', 'você quer saber como eu lido com conflito? eu converso com a pessoa logo'],
    // Said back, then answered in the next clause: a yes, an answer's first word, one's own telling.
    ['en', 'so you are asking about the forklift, yeah i have had my license since last year'],
    ['en', 'you want to know how i close the register um i count the drawer first and i print the report'],
    ['en', 'let me see if i got this, you want to know about the audit, yeah i ran it twice and we passed both times'],
    ['es', 'me está preguntando por el turno de noche, sí, no hay problema'],
    ['es', 'a ver si entendí, me pregunta por la caja, yo la cuadraba todas las noches y nunca me faltó nada'],
    ['pt-BR', 'você quer saber se eu tenho carro, tenho sim'],
    ['pt-BR', 'deixa eu ver se entendi, você quer saber do estoque, então, eu contava tudo toda sexta e fechava com o gerente'],
  ] as const)('%s: reads “%s” as no check of the question', (language, turn) => {
    expect(checkOfQuestion(foldedTurn(turn), textLanguageOf[language])).toBeUndefined();
    expect(readDialogAct(turn, language).act).not.toBe('clarification_request');
  });
});
