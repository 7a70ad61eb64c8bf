import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { coachingHint } from '../src/coaching/coaching-hint.ts';
import { hintContradiction } from '../src/coaching/hint-contradiction.ts';
import { readTold } from '../src/review/told-reading.ts';

/*
 * The one reading of figures, own actions and results that the reviewer and the hint's check
 * share, by family, in the three languages.
 */
const read = (language: Language, answer: string) => readTold(answer, textLanguageOf[language]);

describe('readTold: idioms and discourse markers tell no ending', () => {
  it.each<[Language, string]>([
    ['en', 'Customers are everything, and at the end of the day it is about trust.'],
    ['en', 'You have to be patient, because in the end it is the client who pays.'],
    ['en', 'Turns out the supplier had no stock, so I called another one.'],
    ['en', 'When all is said and done, I like a calm shift.'],
    ['es', 'Resulta que el proveedor no tenía stock, así que llamé a otro.'],
    ['es', 'Hay que tener paciencia porque al final es el cliente el que paga.'],
    ['es', 'Al fin y al cabo lo importante es la confianza.'],
    ['es', 'Revisé las facturas y al final del día mandé el reporte.'],
    ['pt-BR', 'A gente tem que ter paciência porque no fim das contas o cliente é que paga.'],
    ['pt-BR', 'Segurança primeiro, todo mundo quer voltar pra casa no fim do dia.'],
    ['pt-BR', 'Acontece que o fornecedor estava sem estoque, então liguei para outro.'],
    ['pt-BR', 'Tem que ter calma, porque no final tudo depende da confiança.'],
  ])('%s: "%s" states no result', (language, answer) => {
    expect(read(language, answer).result).toBe(false);
  });

  it.each<[Language, string]>([
    ['en', 'I showed her the overtime sheet and in the end we kept my version.'],
    ['es', 'Le mostré el conteo y al final lo hicimos a mi manera.'],
    ['pt-BR', 'Mostrei as horas extras e no fim a gente mudou a escala.'],
    ['pt-BR', 'Eu separei o lote e no final o fornecedor trocou.'],
  ])('%s: an ending announced, "%s", is still a result', (language, answer) => {
    expect(read(language, answer).result).toBe(true);
  });
});

describe('readTold: words that look like an ending and are not', () => {
  // A noun or an infinitive of improving, "none" or "zero" in a negation, a habit, a phrasal verb, "since" a date.
  it.each<[Language, string]>([
    ['en', 'I grew up on a farm and I signed up for the course in January.'],
    ['en', 'I have been certified since 2017 and I keep my speed down.'],
    ['en', 'I cannot think of none, honestly, we have zero tolerance for that.'],
    ['es', 'Una mala reseña es una oportunidad de mejora, hay que mejorar siempre.'],
    ['es', 'Nosotros lo que hacíamos era verificar, y si había algo lo solucionábamos con el encargado.'],
    ['es', 'Se habla con el equipo de cocina para que no pase de nuevo.'],
    ['es', 'Trabajo bien bajo presión y no recuerdo ninguna así.'],
    ['pt-BR', 'Agora não lembro de nenhuma assim, o melhor é ter calma.'],
    ['pt-BR', 'Eu mostraria o plano de retreino, já mostraria com data.'],
    ['pt-BR', 'Aí caiu a ficha de que é preciso aumentar o cuidado.'],
  ])('%s: "%s" states no result', (language, answer) => {
    expect(read(language, answer).result).toBe(false);
  });

  // The same words as an ending: a past change, "down to zero", others acting on it, recognition.
  it.each<[Language, string]>([
    ['en', 'I swapped the lock for sync.Map and p99 went back down.'],
    ['en', 'I did the whole rack and none of them had to be redone.'],
    ['en', 'I reorganized the fast movers and the GM gave me a shoutout.'],
    ['en', 'Our product cost more, but I showed the total cost and they chose us.'],
    ['es', 'Hice una planilla nueva y mejoramos los tiempos; bajamos los accidentes a cero.'],
    ['es', 'El farmacéutico llamó al médico y lo corrigieron.'],
    ['es', 'Cambié el ajuste del relé y no paró más.'],
    ['es', 'Propuse una rotación publicada y las quejas se acabaron.'],
    ['es', 'Fui el soldador con más metros del turno y me dieron un bono.'],
    ['es', 'Nuestro producto era más caro, pero mostré el costo total y nos eligieron.'],
    ['pt-BR', 'Montei uma planilha e a auditoria até elogiou.'],
    ['pt-BR', 'Troquei o relé e a esteira não parou mais.'],
    ['pt-BR', 'Mostrei o custo total e nos escolheram.'],
  ])('%s: "%s" states a result', (language, answer) => {
    expect(read(language, answer).result).toBe(true);
  });
});

// An outcome announced in so many words: "the result was…", "el resultado fue que…", a close that came out without
// differences, a deduction not lost. The report must not ask for the ending such a story gives.
describe('readTold: an outcome announced', () => {
  it.each<[Language, string]>([
    [
      'en',
      'I rebuilt the vendor tracker in Excel and chased every bad invoice myself. The result was that the quarter closed without a single late fee.',
    ],
    ['es', 'Armé una hoja de control y pedí la reexpedición de cada factura. El resultado fue que el cliente siguió deduciendo todo.'],
    ['es', 'Concilié los estados de cuenta uno por uno y el cierre de abril salió sin diferencias.'],
    [
      'pt-BR',
      'Montei uma planilha de conferência e cobrei cada fornecedor. O resultado foi que o fechamento de junho saiu sem diferença nenhuma.',
    ],
    ['pt-BR', 'Revisei nota por nota antes de lançar, e a empresa não perdeu nenhum crédito de ICMS naquele ano.'],
  ])('%s: "%s" tells a result', (language, answer) => {
    expect(read(language, answer).result).toBe(true);
  });
});

describe('readTold: what is a figure', () => {
  // The hint asks for "a number: time, money, …": a span the answer measures is one.
  it.each<[Language, string]>([
    ['en', 'The order was two weeks late, so I called the supplier.'],
    ['en', 'The container came in a week late and I told the client that day.'],
    ['en', 'I waited half an hour and then paged the resident.'],
    ['es', 'Llamé al proveedor y el contenedor venía con una semana de atraso.'],
    ['es', 'Esperé media hora y llamé al médico.'],
    ['es', 'Bajamos los accidentes a cero.'],
    ['pt-BR', 'A obra estava com um mês de atraso e eu liguei pro mestre.'],
    ['pt-BR', 'Se passar de meia hora eu ofereço remarcar.'],
    ['pt-BR', 'Zeramos as faltas: de dez para zero.'],
    // A year beside a measure, and a count that happens to be a service number, are still figures.
    ['en', 'In 2019 I cut the backlog by 40%.'],
    ['en', 'I called 110 customers that week.'],
    ['es', 'Llamé a 112 clientes en una semana.'],
    ['pt-BR', 'Em 2018 atendi 300 pacientes.'],
  ])('%s: "%s" gives a figure', (language, answer) => {
    expect(read(language, answer).figure).toBe(true);
  });

  // A point in the story, a hyperbole or "one" as an article measures nothing.
  it.each<[Language, string]>([
    ['en', 'A week later I called the supplier.'],
    ['en', 'One day I rewrote the report.'],
    ['en', 'I am a hundred percent committed, and I told my lead so a million times.'],
    ['en', 'I called another one and the next one.'],
    ['es', 'Hace una semana llamé al proveedor.'],
    ['es', 'Estoy cien por ciento comprometida, se lo dije mil veces a mi jefa.'],
    ['es', 'Un día llamé al proveedor.'],
    ['pt-BR', 'Um mês depois eu liguei pro fornecedor.'],
    ['pt-BR', 'Eu sou cem por cento dedicada, já falei isso mil vezes.'],
    ['pt-BR', 'Um dia eu liguei pro fornecedor.'],
    // An emergency number, "both" said as a number.
    ['en', 'I kept pressure on it and called 911.'],
    ['es', 'No la moví y llamé al 911.'],
    ['pt-BR', 'Mostro um modelo parecido e às vezes ele leva os dois.'],
    // A service line called, a year: numbers that name, not measure.
    ['en', 'I stayed with him and called 112 right away.'],
    ['en', 'Since 2021 I have run the front desk.'],
    ['es', 'Desde 2020 llevo la recepción del hotel.'],
    ['pt-BR', 'Liguei pro 192 e fiquei com ela.'],
    ['pt-BR', 'Em 2018 comecei no almoxarifado.'],
    // Effort said as more than all of it, in digits.
    ['en', "I'm a team player and I always give 110 percent."],
    ['en', 'I give 100% to every client.'],
    ['es', 'Yo siempre doy el 100 % en todo lo que hago.'],
    ['pt-BR', 'Eu sempre dou 110% no que faço.'],
  ])('%s: "%s" gives no figure', (language, answer) => {
    expect(read(language, answer).figure).toBe(false);
  });

  // A tryout's "In the first six months I'd want to learn…" was praised for its numbers: the question's own.
  it.each<[Language, string, string, boolean]>([
    ['en', 'What would you want to achieve in your first six months here?', "In the first six months I'd learn the codebase.", false],
    [
      'en',
      'What would you want to achieve in your first six months here?',
      "In six months I'd cut the build time from 20 to 8 minutes.",
      true,
    ],
    ['es', '¿Qué lograrías en tus primeros 90 días?', 'En los primeros 90 días conocería al equipo y los procesos.', false],
    ['es', '¿Qué lograrías en tus primeros 90 días?', 'En 90 días bajaría las devoluciones a la mitad.', true],
    ['pt-BR', 'O que você faria nos seus primeiros três meses?', 'Nos primeiros três meses eu ia conhecer a equipe.', false],
    ['pt-BR', 'Conte de um projeto de dois anos.', 'Foi um projeto de dois anos e entregamos 40 lojas.', true],
  ])('%s: after "%s", "%s" gives a figure: %s', (language, question, answer, figure) => {
    expect(readTold(answer, textLanguageOf[language], question).figure).toBe(figure);
  });
});

describe('readTold: what is an own action', () => {
  it.each<[Language, string]>([
    ['en', 'I wanted to help and I liked the team.'],
    ['en', 'I needed a break and I hoped it would pass.'],
    ['es', 'Sí, así es aquí.'],
    ['es', 'El café de aquí es bueno, José.'],
    ['pt-BR', 'Eu trabalho aqui daqui pra frente.'],
    ['pt-BR', 'Ali eu sei que é assim.'],
    // Liking, thinking and growing up are no step.
    ['es', 'Siempre pensé que el cliente es primero; crecí en el campo.'],
    ['pt-BR', 'Eu sempre gostei de estudar e cresci vendo a cooperativa.'],
  ])('%s: "%s" tells no own action', (language, answer) => {
    expect(read(language, answer).ownActions).toEqual([]);
  });

  it.each<[Language, string]>([
    ['en', 'I wanted to help, so I called the supplier.'],
    ['es', 'Aquí llamé al proveedor.'],
    ['pt-BR', 'Aqui eu dei minha opinião ao gestor.'],
    // "achei" is also "I found".
    ['pt-BR', 'Achei um bug de fuso horário e passei tudo para UTC.'],
  ])('%s: "%s" still tells one', (language, answer) => {
    expect(read(language, answer).ownActions.length).toBeGreaterThan(0);
  });
});

describe('the coached hint never contradicts the shared reading', () => {
  const job = { jobTitle: 'Logistics Coordinator', jobDescription: 'Run the dock, the carriers and the suppliers.' };
  const question: Record<Language, string> = {
    en: 'Tell me about a time a delivery went wrong.',
    es: 'Cuéntame de una vez que una entrega salió mal.',
    'pt-BR': 'Me conte sobre uma vez que uma entrega deu errado.',
  };
  it.each<[Language, string]>([
    ['en', 'The container came in a week late, so I called the client that same day with a new date.'],
    ['en', 'Turns out the carrier lost the pallet. I called their dispatcher and we found it.'],
    ['en', 'Honestly, at the end of the day it is all about trust with the carriers, and I always keep my word.'],
    ['es', 'Resulta que el camión no llegó. Llamé al transportista y conseguí otro para la tarde.'],
    ['es', 'Llamé al proveedor, el contenedor venía con una semana de atraso, y avisé al cliente ese mismo día.'],
    ['es', 'Hay que tener paciencia con los transportistas, porque al final es el cliente el que paga.'],
    ['pt-BR', 'Acontece que a carga veio errada. Liguei pro fornecedor e pedi a troca.'],
    ['pt-BR', 'A carga chegou com um mês de atraso e eu avisei o cliente no mesmo dia.'],
    ['pt-BR', 'Segurança e prazo em primeiro lugar, no fim do dia todo mundo quer receber a carga certa.'],
  ])('%s: "%s"', (language, answer) => {
    const hint = coachingHint({ ...job, question: question[language], answer, language });
    expect(hintContradiction(hint.asks, answer, language)).toBeNull();
  });
});
