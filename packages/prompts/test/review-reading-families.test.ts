import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';

/*
 * The families of answers the reviewer used to read as missing something they tell: each
 * improvement it lists must be true of the answer (the coached hint says the first one).
 */
const job = { jobTitle: 'Operations Coordinator', jobDescription: 'Run the shift, the team and the suppliers.' };
const question: Record<Language, string> = {
  en: 'Tell me about a disagreement at work and how it ended.',
  es: 'Cuéntame de un desacuerdo en el trabajo y cómo terminó.',
  'pt-BR': 'Me conte sobre um desacordo no trabalho e como terminou.',
};
const review = (language: Language, answer: string) => reviewAnswer({ ...job, question: question[language], answer, language });
const lists = (language: Language, answer: string, ask: keyof (typeof reviewLines)['en']['improvements']) =>
  review(language, answer).improvements.some((point) => point.text === reviewLines[language].improvements[ask]);

describe('the reviewer reads what the answer tells', () => {
  it('reads an ending told in words as a result ("in the end", "al final", "no fim", someone solving it), not a time of day', () => {
    const endings: [Language, string][] = [
      ['en', 'My lead and I disagreed on the rota. I showed her the overtime sheet and in the end we kept my version.'],
      ['en', 'Two drivers argued over the weekend shifts. I asked the union rep to sit with us and HR solved it with a rotation.'],
      ['es', 'Mi jefa y yo no coincidíamos en el inventario. Le mostré el conteo y al final lo hicimos a mi manera.'],
      ['es', 'Un proveedor no quería cambiar la fecha. Lo llamé dos veces y conseguimos una entrega el lunes.'],
      ['pt-BR', 'Eu e o meu gestor discordamos da escala. Mostrei as horas extras e no fim ele mudou a escala.'],
      ['pt-BR', 'Um fornecedor atrasava toda semana. Liguei para o gerente dele e ele conseguiu adiantar a entrega.'],
      ['en', 'The night shift kept skipping the checklist. I rewrote it on one page with the supervisor and it never happened again.'],
      ['es', 'El proveedor mandaba las cajas mal rotuladas. Armé una guía con fotos y como resultado el almacén dejó de reclamar.'],
      ['pt-BR', 'O turno da noite pulava a checagem. Refiz a lista com a supervisora e isso nunca mais aconteceu.'],
      ['en', 'A new agent kept missing her handle time. I paired her with our best agent and within a month she was on target.'],
      ['es', 'Perdí un cliente por no hablar con el dueño. Desde entonces pido esa reunión y recuperé al cliente al año siguiente.'],
      ['es', 'Propuse cambiar la siembra en los lotes tardíos y el tardío anduvo bastante bien.'],
      ['pt-BR', 'Treinei as vendedoras novas um mês antes e no ano seguinte passamos da meta.'],
    ];
    for (const [language, answer] of endings) {
      expect(review(language, answer).structure.result, answer).toBe(true);
      expect(lists(language, answer, 'result'), answer).toBe(false);
    }
    // A time of day or of the week is no ending: "al final de la semana", "no fim do dia".
    expect(review('es', 'Revisé las facturas y al final de la semana mandé el reporte.').structure.result).toBe(false);
    expect(review('pt-BR', 'Conferi as notas e no fim do dia mandei o relatório para a gerente.').structure.result).toBe(false);
  });

  it('reads a problem that stopped recurring, a deadline met or a drop as a result', () => {
    const endings: [Language, string][] = [
      ['en', 'A driver kept missing the early slot. I moved his route to the later wave and he was never late again.'],
      ['en', 'I split the backlog between the two shifts and we finished three days ahead of the audit.'],
      ['en', 'I put the returns on a whiteboard by the dock and the ghost stock calls went way down.'],
      ['es', 'El proveedor mandaba facturas sin orden de compra. Le pedí que las cargara en el portal y no volvió a pasar.'],
      ['es', 'Cambié el orden de carga con el chofer y el pedido salió a tiempo.'],
      ['pt-BR', 'O fornecedor mandava nota sem pedido. Pedi para ele usar o portal e isso não voltou a acontecer.'],
      ['pt-BR', 'Antecipei a compra do material e entregamos a obra toda na data combinada.'],
    ];
    for (const [language, answer] of endings) {
      expect(review(language, answer).structure.result, answer).toBe(true);
      expect(lists(language, answer, 'result'), answer).toBe(false);
    }
  });

  it('reads what one would do ("I\'d check", "yo llamaría", "eu mostraria") as a hypothetical, not as missing own actions', () => {
    const would: [Language, string][] = [
      ['en', "If a supplier and my lead disagree on a date, I'd check the stock first and then call the supplier."],
      ['es', 'Si un proveedor y mi jefa no coinciden en una fecha, yo revisaría el stock y después llamaría al proveedor.'],
      [
        'pt-BR',
        'Num desacordo no trabalho entre um fornecedor e a minha líder, eu mostraria o estoque para os dois e ligaria pro fornecedor.',
      ],
    ];
    for (const [language, answer] of would) {
      expect(lists(language, answer, 'hypothetical'), answer).toBe(true);
      expect(lists(language, answer, 'ownActions'), answer).toBe(false);
    }
  });

  it('does not call "I would…" a hypothetical when the question asks what one would do or wants ("why this role")', () => {
    const forward: [Language, string, string][] = [
      [
        'en',
        'Why this role, and what would you want to achieve in your first six months?',
        "I'd want to own the month-end close and I would cut the late invoices in half, because that is the work I enjoy.",
      ],
      [
        'es',
        '¿Por qué este puesto, y qué te gustaría lograr en tus primeros seis meses?',
        'Me gusta la logística y yo ordenaría el almacén para que los pedidos salgan a tiempo, eso haría primero.',
      ],
      [
        'pt-BR',
        'Por que esta vaga, e o que você gostaria de alcançar nos seus primeiros seis meses?',
        'Eu gosto de operação e eu organizaria a escala do turno para a equipe não fazer hora extra, isso faria primeiro.',
      ],
    ];
    for (const [language, asked, answer] of forward) {
      const read = reviewAnswer({ ...job, question: asked, answer, language });
      expect(
        read.improvements.map((point) => point.text),
        answer,
      ).not.toContain(reviewLines[language].improvements.hypothetical);
    }
  });

  it('praises a figure for making the answer concrete, never for a result the answer may not tell', () => {
    const figures: [Language, string][] = [
      ['en', 'My lead and I disagreed at work about the rota for our 12 pickers, so I showed her the overtime sheet.'],
      [
        'es',
        'Mi jefa y yo tuvimos un desacuerdo en el trabajo sobre los turnos de 12 preparadores, así que le mostré la planilla de horas.',
      ],
      [
        'pt-BR',
        'Eu e minha gestora tivemos um desacordo no trabalho sobre a escala dos 12 separadores, então mostrei a planilha de horas.',
      ],
    ];
    for (const [language, answer] of figures) {
      const strengths = review(language, answer).strengths.map((point) => point.text);
      expect(strengths, answer).toContain(reviewLines[language].strengths.numbers);
      expect(reviewLines[language].strengths.numbers).not.toMatch(/result|resultado/i);
    }
  });

  it('reads numbers told in words above twelve and in hundreds as figures, and asks for none then', () => {
    const figures: [Language, string][] = [
      ['en', 'I reorganised the loading bays and we cleared a backlog of sixty pallets that week.'],
      ['en', 'I called every supplier on the list, about a dozen, and moved the orders to the morning slot.'],
      ['es', 'Reorganicé los turnos del almacén y atendimos a doce clientes más por día.'],
      ['pt-BR', 'Reorganizei as rotas e entregamos quinhentas caixas a mais naquele mês.'],
    ];
    for (const [language, answer] of figures) {
      expect(review(language, answer).specificity.numbers, answer).toBe(true);
      expect(lists(language, answer, 'numbers'), answer).toBe(false);
    }
  });

  it('reads an own action with an adverb before the verb: "I quickly paged", "I then wrote"', () => {
    const answers = [
      'Two pickers argued about the forklift. I quickly split the shift so each had it half the morning.',
      'The supplier and my lead disagreed on the date. I then wrote to both with the stock figures.',
    ];
    for (const answer of answers) {
      expect(review('en', answer).specificity.ownActions, answer).toBeGreaterThan(0);
      expect(lists('en', answer, 'ownActions'), answer).toBe(false);
    }
  });

  it('does not ask for own actions, nor call the answer empty of them, when the steps are told in the present', () => {
    const steps: [Language, string][] = [
      [
        'en',
        'So the supplier is late again, and I call their dispatcher, I sit down with my lead and we move the pickers to the other dock.',
      ],
      [
        'es',
        'Entonces el proveedor llega tarde otra vez, y llamo a su despacho, hablo con mi jefa y movemos a los preparadores al otro muelle.',
      ],
      [
        'pt-BR',
        'Aí o fornecedor atrasa de novo, e eu ligo pro despacho deles, converso com a minha líder e a gente muda o pessoal de doca.',
      ],
      ['en', 'When a supplier and my lead disagree on a date, I listen to both first and offer a split delivery before it escalates.'],
      ['es', 'Cuando un proveedor y mi jefa no coinciden en una fecha, atiendo primero al proveedor y ofrezco una entrega partida.'],
      ['pt-BR', 'Quando um fornecedor e a minha líder discordam da data, atendo o fornecedor primeiro e ofereço uma entrega dividida.'],
    ];
    for (const [language, answer] of steps) expect(lists(language, answer, 'ownActions'), answer).toBe(false);
    // Long, with no figure and nothing named: "no action of yours" would still be untrue of it.
    const long =
      'so basically when the trucks come in late and the whole dock backs up, what happens is i call the carrier dispatcher, i walk the floor with my lead, i move the pickers over to the inbound side and then we just work through it together until the backlog is gone and everybody can breathe again';
    expect(lists('en', long, 'longWithoutFacts')).toBe(false);
  });

  it('reads irregular first-person preterites as own actions: "le dije", "le di", "eu disse", "dei"', () => {
    const actions: [Language, string][] = [
      ['es', 'Un compañero llegaba tarde a los cierres, así que se lo dije a la supervisora y ella habló con él.'],
      ['es', 'No estábamos de acuerdo con el pedido. Le di mi opinión a la jefa y ella decidió.'],
      ['pt-BR', 'Um colega atrasava os fechamentos, então eu disse isso para a supervisora e ela conversou com ele.'],
      ['pt-BR', 'A gente discordava do pedido. Dei minha opinião para a gerente e ela decidiu.'],
    ];
    for (const [language, answer] of actions) {
      expect(review(language, answer).specificity.ownActions, answer).toBeGreaterThan(0);
      expect(lists(language, answer, 'ownActions'), answer).toBe(false);
    }
  });
});

// Questions put back about the job's terms instead of an answer (parking, pay, the contract, whose motorbike):
// what the interviewer reads as a question about the role is nothing said to the question, however many verbs it has.
describe('a question put back instead of an answer', () => {
  it.each([
    [
      'en',
      'oh before I forget, is the city hall parking garage still closed? I circled like twenty minutes this morning. And is that taco truck still out front on Thursdays?',
    ],
    ['es', 'oiga, ¿y el sueldo cuánto es? porque en el aviso no decía nada y no quiero hacerles perder el tiempo'],
    ['pt-BR', 'então antes deixa eu te perguntar, o vale refeição de vocês é no cartão ou é refeitório? porque eu moro longe'],
  ] as [Language, string][])('%s: is read as off the question and scored 1', (language, answer) => {
    const read = review(language, answer);
    expect(read.kind).toBe('off_topic');
    expect(read.score).toBe(1);
  });

  it('an answer that ends by asking about the team is still an answer', () => {
    const read = review(
      'en',
      'My lead and I disagreed on the rota. I showed her the overtime sheet, we kept my version and overtime fell by a third. Do you run rotas the same way here?',
    );
    expect(read.kind).toBe('answer');
    expect(read.score).toBeGreaterThan(2.5);
  });
});

// Chat about last night's game, the stadium, a nephew: what the interviewer steers back from is nothing said to the
// question, even where a stray word reads like a step ("we were at the stadium"). A short step told in the setting's
// everyday words ("se lo dejo al portero") is still an answer, though it names a neighbour.
describe('chat the interviewer would steer back', () => {
  const kitchen = { jobTitle: 'Line Cook', jobDescription: '' };
  const slammed: Record<Language, string> = {
    en: 'What do you do when the kitchen gets slammed in the middle of service?',
    es: '¿Qué haces cuando la cocina se satura en pleno servicio?',
    'pt-BR': 'O que você faz quando a cozinha lota no meio do serviço?',
  };
  it.each([
    ['en', 'ha, hey, you catch the game last night? we were at the stadium with my nephew, so hot, man, I lost my voice'],
    [
      'es',
      'jaja oye, ¿viste el partido de anoche? qué robo, el árbitro no vio nada. Yo soy del Sevilla desde chico, mi abuelo me llevaba al estadio todos los domingos',
    ],
    [
      'pt-BR',
      'rapaz, antes disso, você viu o jogo do Sport ontem? eu tava na Ilha com meu sobrinho, que calor, meu Deus, saí de lá sem voz',
    ],
  ] as [Language, string][])('%s: is read as off the question and scored 1', (language, answer) => {
    const read = reviewAnswer({ ...kitchen, question: slammed[language], answer, language });
    expect(read.kind).toBe('off_topic');
    expect(read.score).toBe(1);
  });

  it.each([
    [
      'en',
      'What do you do if nobody is home when you deliver?',
      'I leave it with a neighbour or the front desk and text the customer a photo',
    ],
    ['es', '¿Qué haces si llegas a entregar un pedido y no hay nadie?', 'se lo dejo al portero o a un vecino y le mando foto al cliente'],
    ['pt-BR', 'O que você faz se chega pra entregar e não tem ninguém?', 'deixo com o porteiro ou com um vizinho e mando foto pro cliente'],
  ] as [Language, string, string][])('%s: a short step in everyday words stays an answer', (language, question, answer) => {
    const read = reviewAnswer({ jobTitle: 'Courier', jobDescription: '', question, answer, language });
    expect(read.kind).toBe('answer');
    expect(read.score).toBeGreaterThan(1.5);
  });
});

// A weekend story told for a work question, opened by saying the question back ("a difficult situation"): the
// interview's frame said again is no topic, and a camping trip is life outside work.
describe('a story from life outside work told for a work question', () => {
  const payroll = { jobTitle: 'Payroll Specialist', jobDescription: 'Run payroll for 400 employees.' };
  it.each([
    [
      'en',
      'Tell me about a time you faced a difficult problem at work. What was the situation?',
      "Um, a difficult situation. Okay so one time we were camping up at the lake and a bear walked right through camp, right by the tent at six in the morning, and my buddy's dog went crazy. We just stayed in the car till it left.",
    ],
    [
      'es',
      'Cuéntame de una vez que enfrentaste un problema difícil en el trabajo. ¿Cuál era la situación?',
      'Eh, una situación difícil. Bueno, una vez fuimos a acampar al lago y en la madrugada se nos voló la carpa con el viento, el perro de mi primo ladrando toda la noche, terminamos durmiendo en el auto.',
    ],
    [
      'pt-BR',
      'Me conta de uma vez que você enfrentou um problema difícil no trabalho. Qual era a situação?',
      'Ah, situação difícil. Então, uma vez a gente foi acampar na cachoeira e de madrugada a barraca caiu com a chuva, o cachorro do meu primo latindo a noite toda, a gente acabou dormindo no carro.',
    ],
  ] as [Language, string, string][])('%s: is off the question and scores at most 1.5', (language, question, answer) => {
    const read = reviewAnswer({ ...payroll, question, answer, language });
    expect(read.offQuestion).toBe(true);
    expect(read.score).toBeLessThanOrEqual(1.5);
  });
});

describe('a past story told for "how do you…"', () => {
  // Asked how one does a thing, a story of other work that touches nothing asked is another story: scored as one.
  it.each<[Language, string, string, string]>([
    [
      'es',
      'Supervisor de Planta',
      '¿Cómo manejarías a un empleado que llega tarde seguido?',
      'Pues yo en mi trabajo anterior implementé el reloj checador biométrico en toda la planta.',
    ],
    [
      'pt-BR',
      'Enfermeira',
      'Como você prioriza quando vários pacientes chamam ao mesmo tempo?',
      'Então, na minha UTI eu montei uma planilha de qual leito estava com qual bomba de infusão.',
    ],
  ])('%s: "%s"', (language, jobTitle, question, answer) => {
    const reviewed = reviewAnswer({ jobTitle, jobDescription: '', question, answer, language });
    expect(reviewed.offQuestion).toBe(true);
    expect(reviewed.score).toBeLessThanOrEqual(2);
    expect(reviewed.improvements.map((point) => point.text)).toContain(reviewLines[language].improvements.otherStory);
  });

  it('keeps a story that tells what was asked, in other words or the same', () => {
    const reviewed = reviewAnswer({
      jobTitle: 'Software Engineer',
      jobDescription: '',
      question: 'How do you keep a React app from re-rendering too much?',
      answer:
        'Last year our checkout re-rendered on every keystroke. I profiled it, memoised the cart selectors and split the context, and renders per keystroke fell from 40 to 3.',
      language: 'en',
    });
    expect(reviewed.offQuestion).toBe(false);
    const steps = reviewAnswer({
      jobTitle: 'Enfermeira',
      jobDescription: '',
      question: 'Como você prioriza quando vários pacientes chamam ao mesmo tempo?',
      answer:
        'Num plantão de sábado três leitos chamaram juntos; eu olhei a saturação de cada um, fui primeiro no que caía e pedi ajuda à colega pro resto.',
      language: 'pt-BR',
    });
    expect(steps.offQuestion).toBe(false);
  });
});
