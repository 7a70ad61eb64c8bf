import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { endsAskingAgain } from '../src/listening/closing-request.ts';
import { foldedTurn, readDialogAct } from '../src/listening/dialog-act.ts';

describe('endsAskingAgain, and the turn read as a request to repeat', () => {
  // Written for this test: talk about the call or oneself, then the request, the way people interrupted mid-call speak.
  it.each([
    ['en', "sorry the dog started barking at the mail guy, it's chaos here... okay, could you say that one more time for me?"],
    ['en', 'oh man my kid just came in asking for a snack, give me a sec, alright sorry, can you ask the question again please'],
    ['es', 'ay perdona, estaba cerrando la ventana que pasó una moto con un ruido tremendo, ¿me lo dices otra vez?'],
    ['es', 'disculpe, es que mi hija entró justo ahora a preguntarme algo y me desconcentré, ¿puede repetirme la pregunta?'],
    ['pt-BR', 'nossa desculpa, o cachorro do vizinho não para de latir e eu me perdi aqui, você pode falar de novo?'],
    ['pt-BR', 'o senhor me perdoe, meu neto ligou a televisão alta bem agora, fala de novo pra mim por favor'],
  ] as const)('%s: “%s”', (language, turn) => {
    expect(endsAskingAgain(foldedTurn(turn), textLanguageOf[language])).toBe(true);
    expect(readDialogAct(turn, language).act).toBe('repeat_request');
  });

  // Answers with the same words in them: the story of something done again, or a request told as part of the work.
  it.each([
    ['en', 'I checked the pallets, then I asked the driver to say it again so I could write the numbers down'],
    ['en', 'the customer kept yelling so I asked him, calmly, could you say that again, and he calmed down once he heard himself'],
    ['es', 'hablamos con el equipo de cocina para que no pase de nuevo'],
    ['es', 'revisé el cierre dos veces y lo mandé de nuevo al jefe'],
    ['pt-BR', 'eu conferi a carga e pedi pro motorista repetir a placa, aí anotei tudo de novo'],
    ['pt-BR', 'a gente refez o inventário e deu certo, não precisou fazer de novo'],
  ] as const)('%s: “%s” is not', (language, turn) => {
    expect(endsAskingAgain(foldedTurn(turn), textLanguageOf[language])).toBe(false);
  });
});

describe('a word of the question asked about is a request to clarify', () => {
  it.each([
    ['en', 'sorry, SLA, what does that stand for?'],
    ['en', "triage... sorry I don't know that word"],
    ['es', 'perdón, KPI, ¿qué significa eso?'],
    ['es', 'merma, disculpe, no conozco esa palabra'],
    ['pt-BR', 'desculpa, o que significa lead time?'],
    ['pt-BR', 'perdão, NR-12, não conheço essa sigla'],
  ] as const)('%s: “%s”', (language, turn) => {
    expect(readDialogAct(turn, language).act).toBe('clarification_request');
  });
});

describe('a request that ends a turn told at length, work and all', () => {
  // Written for this test: a busy day told first, then the request put to the interviewer in so many words.
  it.each([
    [
      'en',
      "ugh sorry, i was driving back from the site and i parked like two minutes ago, my head's still on the road, could you go over it again",
    ],
    ['es', 'perdón, salí corriendo de la tienda y llegué recién a la casa, todavía estoy agitada, ¿me la puedes repetir?'],
    ['pt-BR', 'desculpa, eu saí agora do plantão e peguei o ônibus correndo, tô meio zonza ainda, me fala de novo o que você perguntou'],
  ] as const)('%s: “%s”', (language, turn) => {
    expect(endsAskingAgain(foldedTurn(turn), textLanguageOf[language])).toBe(true);
    expect(readDialogAct(turn, language).act).toBe('repeat_request');
  });

  // Work told, ending on the cue's words with no request put: "you know" is no request.
  it.each([
    ['en', 'i rebuilt the schedule for the whole floor and then i checked it one more time, you know'],
    ['pt-BR', 'eu refiz a planilha toda e conferi de novo, sabe'],
  ] as const)('%s: “%s” is not', (language, turn) => {
    expect(endsAskingAgain(foldedTurn(turn), textLanguageOf[language])).toBe(false);
  });
});
