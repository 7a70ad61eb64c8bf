import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { readDialogAct } from '../src/listening/dialog-act.ts';

// Hand-written here, in other words than any corpus row: the families of turns that say the question did not
// get through, ask for a part of it, ask for it in other words, or offer two readings of it back; and answers
// that share their words and must stay answers (precision first).
const cases: [Language, string, string, string][] = [
  // The line, the sound or one's attention failed, said at length about why: a request to repeat.
  [
    'en',
    'How do you plan a shutdown?',
    "sorry the wifi here is terrible, it went all robotic halfway, my landlord's fixing the router, apologies",
    'repeat_request',
  ],
  ['en', 'How do you plan a shutdown?', 'hi are you still there, I think the video froze on my side for a bit', 'repeat_request'],
  [
    'en',
    'Tell me about a supplier you replaced.',
    'honestly I zoned out for a second, long day, nerves and all that, my bad',
    'repeat_request',
  ],
  ['en', 'Tell me about a supplier you replaced.', 'I heard the supplier bit but then what was the last part about', 'repeat_request'],
  ['en', 'How do you price a new menu item?', 'could you go a little slower, my English is ok but that was fast', 'repeat_request'],
  [
    'es',
    '¿Cómo planificas una parada de planta?',
    'uy perdón, se me cortó la llamada justo en la mitad, el internet de acá es malísimo',
    'repeat_request',
  ],
  [
    'es',
    '¿Cómo planificas una parada de planta?',
    'disculpa, me distraje con el perro que está ladrando, ¿me lo dices otra vez?',
    'repeat_request',
  ],
  ['es', '¿Qué harías si un cliente no paga a tiempo?', 'lo primero sí lo oí pero lo último qué era, lo del plazo', 'repeat_request'],
  ['es', '¿Qué harías si un cliente no paga a tiempo?', 'te cortaste un poquito, ¿qué me decías?', 'repeat_request'],
  [
    'pt-BR',
    'Como você planeja uma parada de manutenção?',
    'nossa desculpa, tô meio perdida aqui, primeira entrevista assim online, sabe',
    'repeat_request',
  ],
  ['pt-BR', 'Como você planeja uma parada de manutenção?', 'o áudio ficou todo picotado aqui do meu lado, foi mal', 'repeat_request'],
  [
    'pt-BR',
    'Me conta de um fornecedor que você trocou.',
    'a parte do fornecedor eu peguei, mas o que que você falou no final?',
    'repeat_request',
  ],
  ['en', 'How do you onboard a new client?', 'um okay sorry, I was taking notes, what was the full question', 'repeat_request'],
  [
    'es',
    '¿Cómo cierras el mes contable?',
    'ay, perdón, me desconcentré con un ruido de afuera, ¿qué me estaba preguntando?',
    'repeat_request',
  ],
  ['es', '¿Cómo cierras el mes contable?', 'hola, se le escucha cortado, me llegó hasta lo del mes y de ahí nada', 'repeat_request'],
  ['pt-BR', 'Como você fecha o mês contábil?', 'desculpa, eu tava no mudo e acabei perdendo o final', 'repeat_request'],
  // A question word where the missed words were.
  ['en', 'Tell me about a time you had to cut a budget.', 'a time I had to cut what', 'repeat_request'],
  ['es', '¿Cuántas personas tenías a cargo?', 'cuántas personas qué, perdón', 'repeat_request'],
  ['pt-BR', 'Você já usou o Protheus?', 'se eu já usei o quê, desculpa', 'repeat_request'],
  // In other words, please: a clarification.
  [
    'en',
    'What is your approach to stakeholder alignment?',
    'could you word that in simpler terms? can you say it in plainer words',
    'clarification_request',
  ],
  [
    'es',
    '¿Cuál es tu enfoque de gestión de stakeholders?',
    '¿me lo podrías explicar de otra manera? no me queda claro',
    'clarification_request',
  ],
  [
    'pt-BR',
    'Qual é a sua abordagem de gestão de stakeholders?',
    'consegue falar isso de outro jeito? não peguei a ideia',
    'clarification_request',
  ],
  // Two readings of the question offered back, nothing told.
  [
    'en',
    'How do you handle a difficult client?',
    'when you say difficult, like rude, or just really demanding about deadlines',
    'clarification_request',
  ],
  ['en', 'How big was the team?', 'my direct reports or the whole department, those are pretty different numbers', 'clarification_request'],
  [
    'es',
    '¿Cómo mides la satisfacción del cliente?',
    'satisfacción del cliente final o del cliente interno, porque ahí cambia todo',
    'clarification_request',
  ],
  ['pt-BR', 'Como você controla o estoque?', 'estoque de matéria-prima ou de produto acabado? muda bastante', 'clarification_request'],
  [
    'pt-BR',
    'Como você lida com atraso de entrega?',
    'você fala de atraso do fornecedor pra gente ou da gente pro cliente?',
    'clarification_request',
  ],
  [
    'en',
    'Tell me about a mistake you caught.',
    "I've got two, one mine and one a coworker's, so I just want to know which kind you're after",
    'clarification_request',
  ],
  [
    'es',
    '¿Qué experiencia tienes en soporte?',
    'no sé si usted me pregunta por soporte a usuarios o soporte de infraestructura',
    'clarification_request',
  ],
  // Answers that share those words stay answers.
  [
    'en',
    'How do you plan a shutdown?',
    'I heard about the outage from the night shift, so I called the vendor and we rebuilt the schedule in two days',
    'answer',
  ],
  ['en', 'How big was the team?', 'eight people, more or less, two of them part time', 'answer'],
  [
    'en',
    'How do you handle a difficult client?',
    'I listen first, then I offer two options, a refund or a redo, and I let them pick',
    'answer',
  ],
  [
    'es',
    '¿Qué harías si un cliente no paga a tiempo?',
    'lo primero que hago es llamarlo, y si no contesta le mando el estado de cuenta por correo',
    'answer',
  ],
  [
    'es',
    '¿Cómo manejaste un proceso que falló?',
    'el proyecto se cayó porque el cliente cambió de proveedor, así que armé un plan nuevo con mi jefe',
    'answer',
  ],
  ['es', '¿Cuántas personas tenías a cargo?', 'dos o tres, según la temporada', 'answer'],
  ['pt-BR', 'Como você controla o estoque?', 'no final do mês eu faço o inventário cíclico e confiro com o sistema', 'answer'],
  ['pt-BR', 'Quantos clientes você atendia?', 'uns quarenta, mais ou menos, entre pequenos e médios', 'answer'],
  // Short statements that echo the question answer it, thinly: no request in them.
  ['en', 'Walk me through a pipeline you built. What were the main choices?', 'I built a pipeline.', 'answer'],
  ['es', 'Cuéntame del error más difícil que investigaste.', 'Fue un error de red.', 'answer'],
  ['pt-BR', 'Me conte sobre a falha mais difícil que você investigou.', 'Era uma falha.', 'answer'],
];

describe('turns that missed the question, or offer readings of it back', () => {
  it.each(cases)('in %s, after "%s": "%s" is %s', (language, question, utterance, act) => {
    expect(readDialogAct(utterance, language, question).act).toBe(act);
  });
});

describe('a request to repeat that goes on to answer', () => {
  // Caught after all ("ah, the weekend one"): the answer that follows is what the turn is.
  it.each([
    [
      'en',
      'How do you handle overtime?',
      'sorry, you froze for a second. Oh, the overtime one, okay so I usually plan it a week ahead with the crew',
    ],
    [
      'es',
      '¿Puedes trabajar los sábados?',
      'perdón, se me cortó la llamada. Ah, los sábados, sí, sin problema, ya lo hacía en el otro trabajo',
    ],
    [
      'pt-BR',
      'Você tem disponibilidade à noite?',
      'desculpa, não ouvi direito, passou um caminhão aqui. Ah, à noite. Sim, posso, já trabalhei no turno da noite',
    ],
  ] as [Language, string, string][])('in %s: "%s" then "%s" is an answer', (language, question, utterance) => {
    expect(readDialogAct(utterance, language, question).act).toBe('answer');
  });
});
