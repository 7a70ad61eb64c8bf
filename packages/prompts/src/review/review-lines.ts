import type { Language } from '@voxly/config';
import type { AnswerVerdictKind } from '../prompt-types.ts';

interface ReviewLines {
  kind: Record<Exclude<AnswerVerdictKind, 'answer'>, string>;
  strengths: { numbers: string; ownActions: string; reasoning: string; result: string; requirements: (terms: string) => string };
  improvements: {
    offQuestion: string;
    otherStory: string;
    longWithoutFacts: string;
    denies: string;
    hypothetical: string;
    buzzwords: string;
    ownActions: string;
    result: string;
    numbers: string;
    /** A general tip, no claim about the answer: listed where the reading is unsure a result or own actions are missing. */
    endOnChangeTip: string;
  };
}

/** The reviewer's sentences per language; each names one thing the answer has or lacks. */
export const reviewLines: Record<Language, ReviewLines> = {
  en: {
    kind: {
      empty: 'There was no answer to this question.',
      no_answer: 'You said you did not know; next time, say how you would find out.',
      declined: 'You declined this question; even a short, honest example is better than none.',
      off_topic: 'This answer was about something else; bring it back to the question and the role.',
    },
    strengths: {
      numbers: 'You gave a figure, which makes the answer concrete.',
      ownActions: 'You said what you did yourself.',
      reasoning: 'You explained why you chose what you did.',
      result: 'You ended with what happened as a result.',
      requirements: (terms) => `You covered what the role asks for: ${terms}.`,
    },
    improvements: {
      offQuestion: 'Much of this answer was about something other than the question; answer what was asked first.',
      otherStory: 'This told a different story from the one asked for; answer the question itself, with a case that fits it.',
      longWithoutFacts: 'The answer was long but gave nothing to check: no example, figure or action of yours.',
      denies: 'You said you do not do this; if you have done something close, tell that story instead.',
      hypothetical: 'You described what you would do; tell what you did, in one real case.',
      buzzwords: 'The answer names qualities without an example; pick one real case and tell it.',
      ownActions: 'Say what you did yourself: the decisions and actions that were yours.',
      result: 'Finish with the result: what changed because of what you did.',
      numbers: 'Put a number on it: time, money, errors, customers, anything you measured.',
      endOnChangeTip: 'Stories land best when the last sentence says what changed because of what you did.',
    },
  },
  es: {
    kind: {
      empty: 'No hubo respuesta a esta pregunta.',
      no_answer: 'Dijiste que no lo sabías; la próxima vez, cuenta cómo lo averiguarías.',
      declined: 'No quisiste responder; incluso un ejemplo breve y honesto es mejor que nada.',
      off_topic: 'La respuesta trató de otra cosa; vuelve a la pregunta y al puesto.',
    },
    strengths: {
      numbers: 'Diste una cifra, y eso hace concreta la respuesta.',
      ownActions: 'Dijiste qué hiciste tú.',
      reasoning: 'Explicaste por qué elegiste lo que hiciste.',
      result: 'Terminaste con lo que pasó como resultado.',
      requirements: (terms) => `Cubriste lo que pide el puesto: ${terms}.`,
    },
    improvements: {
      offQuestion: 'Buena parte de esta respuesta trató de algo distinto a la pregunta; responde primero lo que se preguntó.',
      otherStory: 'Contaste una historia distinta de la que se pedía; responde a la pregunta en sí, con un caso que encaje.',
      longWithoutFacts: 'La respuesta fue larga pero no dio nada comprobable: ni un ejemplo, ni una cifra, ni una acción tuya.',
      denies: 'Dijiste que no haces esto; si hiciste algo parecido, cuenta esa historia.',
      hypothetical: 'Describiste lo que harías; cuenta lo que hiciste en un caso real.',
      buzzwords: 'La respuesta nombra cualidades sin un ejemplo; elige un caso real y cuéntalo.',
      ownActions: 'Di qué hiciste tú: las decisiones y acciones que fueron tuyas.',
      result: 'Termina con el resultado: qué cambió gracias a lo que hiciste.',
      numbers: 'Ponle una cifra: tiempo, dinero, errores, clientes, algo que hayas medido.',
      endOnChangeTip: 'Una historia funciona mejor cuando la última frase dice qué cambió gracias a lo que hiciste.',
    },
  },
  'pt-BR': {
    kind: {
      empty: 'Não houve resposta a esta pergunta.',
      no_answer: 'Você disse que não sabia; da próxima vez, conte como descobriria.',
      declined: 'Você preferiu não responder; até um exemplo curto e honesto é melhor que nenhum.',
      off_topic: 'A resposta falou de outra coisa; volte à pergunta e à vaga.',
    },
    strengths: {
      numbers: 'Você deu um número, e isso deixa a resposta concreta.',
      ownActions: 'Você disse o que fez pessoalmente.',
      reasoning: 'Você explicou por que escolheu o que fez.',
      result: 'Você terminou com o que aconteceu como resultado.',
      requirements: (terms) => `Você cobriu o que a vaga pede: ${terms}.`,
    },
    improvements: {
      offQuestion: 'Boa parte desta resposta falou de algo diferente da pergunta; responda primeiro o que foi perguntado.',
      otherStory: 'Você contou uma história diferente da que foi pedida; responda à pergunta em si, com um caso que se encaixe.',
      longWithoutFacts: 'A resposta foi longa, mas não trouxe nada verificável: nenhum exemplo, número ou ação sua.',
      denies: 'Você disse que não faz isso; se fez algo parecido, conte essa história.',
      hypothetical: 'Você descreveu o que faria; conte o que fez em um caso real.',
      buzzwords: 'A resposta cita qualidades sem exemplo; escolha um caso real e conte.',
      ownActions: 'Diga o que você fez: as decisões e ações que foram suas.',
      result: 'Termine com o resultado: o que mudou por causa do que você fez.',
      numbers: 'Coloque um número: tempo, dinheiro, erros, clientes, algo que você mediu.',
      endOnChangeTip: 'Uma história funciona melhor quando a última frase diz o que mudou por causa do que você fez.',
    },
  },
};
