import { describe, expect, it } from 'vitest';
import { questionFit, questionFocus } from '../src/review/question-fit.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';

describe('questionFit', () => {
  it('takes the interview frame away from a question and keeps its topic', () => {
    expect(questionFocus('Tell me about a time you handled an angry customer.', 'en')).toEqual(expect.arrayContaining(['angri', 'custom']));
    expect(questionFocus('Tell me about a time you handled an angry customer.', 'en')).not.toContain('tell');
  });

  it('keeps "was", "that" and the repeat lead out of a question\'s topic ("cuál fue tu parte", "com isso", "te la repito")', () => {
    const focus = questionFocus('Claro, te la repito. El puesto incluye cierre contable mensual: ¿cuál fue tu parte en eso?', 'es');
    expect(focus).toEqual(expect.arrayContaining(['cierr', 'contabl', 'mensual']));
    expect(focus).not.toEqual(expect.arrayContaining(['fue']));
    expect(focus).not.toEqual(expect.arrayContaining(['eso']));
    expect(focus).not.toEqual(expect.arrayContaining(['repit']));
    const pt = questionFocus('A vaga pede Licenciatura em Pedagogia: qual foi o seu caminho com isso?', 'pt');
    expect(pt).toEqual(expect.arrayContaining(['licenciatur', 'pedagogi']));
    expect(pt).not.toEqual(expect.arrayContaining(['isso']));
    expect(pt).not.toEqual(expect.arrayContaining(['foi']));
  });

  it('reads a pivot to one’s proudest work, in every language', () => {
    const asked = 'Tell me about a production incident you handled.';
    expect(questionFit(asked, "so the thing I'm proudest of is the billing migration I led, I designed the events", 'en').otherStory).toBe(
      true,
    );
    expect(
      questionFit(
        'Cuéntame de un conflicto con un compañero.',
        'mira, lo que más orgullo me da es el sistema de nómina que implementé',
        'es',
      ).otherStory,
    ).toBe(true);
    expect(
      questionFit('Me conta de uma falha em produção.', 'o projeto que eu mais curti foi a API de cobrança que eu desenhei', 'pt').pivot,
    ).toBe(true);
  });

  // Not having the experience, said first, then a turn to a story with none of the question's topic: another question.
  it.each([
    {
      language: 'en' as const,
      question: 'Tell me about a conflict you had with a coworker and how you handled it.',
      answer:
        'I don’t really have conflicts to be honest, I get along with everybody. But I redid our pick paths on second shift and we cut overtime by a third.',
    },
    {
      language: 'es' as const,
      question: 'Cuéntame de una vez que perdiste un cliente importante.',
      answer:
        'Mira, clientes grandes no he tenido que perder, así que te cuento que el año pasado armé el tablero de ventas y subimos la facturación un veinte por ciento.',
    },
    {
      language: 'pt' as const,
      question: 'Me fala de uma vez que você teve um conflito com alguém no trabalho.',
      answer:
        'Conflito assim eu não tenho não, sou tranquilo. Mas na transportadora eu fui o motorista que mais economizou diesel e ganhei o prêmio do trimestre.',
    },
    {
      language: 'es' as const,
      question: 'Cuéntame de un conflicto con un compañero de trabajo.',
      answer: 'Mira, prefiero hablarte de algo que hice en el despacho: digitalicé todo el archivo y ahorramos veinte mil euros al año.',
    },
  ])('$language: reads “$answer” as another question', ({ language, question, answer }) => {
    const fit = questionFit(question, answer, language);
    expect(fit.otherStory).toBe(true);
    expect(fit.pivot).toBe(true);
  });

  it.each([
    {
      language: 'en' as const,
      question: 'Tell me about a conflict you had with a coworker and how you handled it.',
      answer:
        'I haven’t had a real conflict with a coworker, but the closest was a supplier who kept shipping late: I sat down with their planner and we agreed a weekly call.',
    },
    {
      language: 'pt' as const,
      question: 'Me fala de uma vez que você teve um conflito com alguém no trabalho.',
      answer:
        'Nunca tive um conflito grande, mas teve um desacordo com o meu supervisor sobre a escala: eu levei os números e a gente dividiu os domingos.',
    },
  ])('$language: a denial followed by the nearest case, or by the asked topic, is an answer', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(false);
  });

  it.each([
    {
      language: 'en' as const,
      answer: 'I took our pick rate from 92 to 130 and we went from the worst shift in the building to the best on the board.',
    },
    { language: 'es' as const, answer: 'Con el nuevo tablero pasamos de ser la peor planta de la zona a la primera en productividad.' },
    { language: 'pt' as const, answer: 'Com o quadro novo a gente saiu de pior turno da fábrica pra melhor em três meses.' },
  ])('$language: a worse state left behind on the way to a success tells no trouble', ({ language, answer }) => {
    const asked = {
      en: 'Tell me about a safety problem on the floor.',
      es: 'Cuéntame de un problema de seguridad en la planta.',
      pt: 'Me conta de um problema de segurança na fábrica.',
    };
    expect(questionFit(asked[language], answer, language).toldTrouble).toBe(false);
  });

  it.each([
    {
      language: 'en' as const,
      question: 'How do you verify that a circuit is de-energized before you start working on it?',
      answer:
        'the last big one I ran was a bakery line, three phase for the ovens, a crew of five, and we finished three days early so the owner gave us a bonus.',
    },
    {
      language: 'es' as const,
      question: '¿Cómo diagnosticaría un motor trifásico que se calienta de más?',
      answer:
        'en la planta implementé las cinco eses en el taller, ordenamos las herramientas y me hicieron líder de la célula después de eso.',
    },
    {
      language: 'pt' as const,
      question: 'Como você organiza os prazos de entrega da equipe?',
      answer: 'na loja do shopping eu fechei o ano com cento e trinta por cento e ganhei viagem de premiação da rede.',
    },
    {
      language: 'en' as const,
      question: 'Walk me through how you would respond to a jump in somatic cell count in the bulk tank.',
      answer: 'I grew up on a dairy, then I went to a 1,200 cow operation as assistant herd manager and took over the milking crew.',
    },
  ])(
    '$language: a story whose payoff is a reward, or a career path, where neither was asked, is another question',
    ({ language, question, answer }) => {
      expect(questionFit(question, answer, language).otherStory).toBe(true);
    },
  );

  it.each([
    { question: 'What are you proudest of in your last job?', answer: 'I rebuilt the rota and the owner gave us a bonus for it.' },
    {
      question: 'Walk me through your background.',
      answer: 'I started as a picker, then I moved to the forklift team and ran the night shift.',
    },
  ])('a reward or a career path is an answer where the question asks for it: “$question”', ({ question, answer }) => {
    expect(questionFit(question, answer, 'en').otherStory).toBe(false);
  });

  it.each([
    { language: 'en' as const, answer: 'I redid the rota around covers and labor went down four points in a quarter.' },
    { language: 'es' as const, answer: 'Armé un tablero de turnos y las horas extra bajaron como treinta por ciento.' },
    { language: 'pt' as const, answer: 'Montei uma planilha de trocas e o tempo de espera caiu quase pela metade.' },
  ])('$language: a success measured in spoken figures tells no trouble', ({ language, answer }) => {
    const asked = {
      en: 'Tell me about a complaint from a customer.',
      es: 'Cuéntame de una queja de un cliente.',
      pt: 'Me conta de uma reclamação de um cliente.',
    };
    expect(questionFit(asked[language], answer, language).toldTrouble).toBe(false);
  });

  // What one is in charge of, told where a tool, a procedure or an episode was asked for: another question.
  it.each([
    {
      language: 'en' as const,
      question: 'Which tools do you use to reconcile the vendor statements?',
      answer:
        'Right now I supervise a team of five clerks, I set up their weekly rota and we close the month two days earlier than before.',
    },
    {
      language: 'es' as const,
      question: '¿Cómo revisas un plano eléctrico antes de aprobarlo?',
      answer: 'En la constructora yo era el encargado de obra, coordinaba a los capataces y terminamos la obra con un mes de adelanto.',
    },
    {
      language: 'pt' as const,
      question: 'Qual software você usa pra roteirizar as entregas?',
      answer: 'Na distribuidora eu coordenava a equipe de doze motoristas, montava a escala e cuidava das férias de todo mundo.',
    },
  ])('$language: reads the scope of one’s job as another question (“$answer”)', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(true);
  });

  it.each([
    {
      language: 'en' as const,
      question: 'How do you get a new team member up to speed?',
      answer: 'I manage a team of six, so for each new hire I pair them with someone for two weeks and give them one small ticket a day.',
    },
    {
      language: 'es' as const,
      question: 'Cuéntame de tu trayectoria.',
      answer: 'Empecé como técnico y los últimos tres años coordiné el equipo de mantenimiento de la planta.',
    },
    {
      language: 'pt' as const,
      question: 'Como você lidera uma equipe em época de pico?',
      answer: 'Eu coordenava a equipe de doze pessoas no centro de distribuição e no pico eu dividia o turno em duas ondas.',
    },
  ])(
    '$language: the scope of one’s job answers a question about leading or one’s background (“$answer”)',
    ({ language, question, answer }) => {
      expect(questionFit(question, answer, language).otherStory).toBe(false);
    },
  );

  it('does not flag a story that tells the trouble asked for in its own words', () => {
    const fit = questionFit(
      'Tell me about a production incident you handled.',
      'Our checkout went down on a Monday; I rolled back the release, found the bad migration and we were back in 20 minutes.',
      'en',
    );
    expect(fit.otherStory).toBe(false);
  });
});

describe('questionFit reads trouble told in everyday words, and asks for it only of an episode', () => {
  // Trouble without a word for trouble: someone would not, hated it, nobody knew, the figures did not add up.
  it.each([
    {
      language: 'en' as const,
      question: 'Tell me about a time a supplier let you down.',
      answer: 'Our packaging vendor sent half the cartons and the line sat idle, the buyers hated it.',
    },
    {
      language: 'es' as const,
      question: 'Cuéntame de una vez que un proveedor te falló.',
      answer: 'El de las cajas no quiso cambiar el pedido y la cuenta no cuadraba, así que fui a la planta con las guías.',
    },
    {
      language: 'pt' as const,
      question: 'Me conta de uma vez que um fornecedor te deixou na mão.',
      answer: 'O transportador não queria vir no sábado e ninguém sabia do lote, aí eu liguei pro gerente dele.',
    },
  ])('trouble in $language everyday words is trouble told', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).toldTrouble).toBe(true);
  });

  // "How do you handle…" sets the trouble itself: an answer of what one does is an answer, though it names no trouble.
  it.each([
    {
      language: 'en' as const,
      question: 'How do you handle a driver who keeps showing up late?',
      answer: 'first a quiet word, then I write it up and move him to the later route if it keeps going',
    },
    {
      language: 'es' as const,
      question: '¿Cómo manejas a un cliente que grita en la caja?',
      answer: 'le hablo bajito, lo paso a un costado y llamo al encargado',
    },
    {
      language: 'pt' as const,
      question: 'Como você lida com um paciente agressivo na triagem?',
      answer: 'mantenho distância, falo devagar e chamo a segurança se ele avançar',
    },
  ])('an answer to a $language "how do you handle" question is not another story', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(false);
  });

  it('still asks an episode of trouble for its trouble: a success told instead is another story', () => {
    const fit = questionFit(
      'Tell me about a time a shipment went wrong.',
      'I set up the cross-dock at our Reno site, about forty trucks a day.',
      'en',
    );
    expect(fit.otherStory).toBe(true);
  });

  it('reads a target missed as the failure asked for, not a record told instead', () => {
    const fit = questionFit(
      'Tell me about a time you failed.',
      'Last spring I missed my target by a third because two renewals slipped; now I forecast weekly.',
      'en',
    );
    expect(fit.otherStory).toBe(false);
  });

  // Leading with one's strong suit, where the question's topic is missing, is a pivot in every language.
  it.each([
    {
      language: 'en' as const,
      question: 'Tell me about a time a patient refused treatment.',
      answer: 'the one that stands out is our flu clinic, I ran 300 shots in a weekend',
    },
    {
      language: 'es' as const,
      question: 'Cuéntame de una helada que dañó el cultivo.',
      answer: 'lo mío fuerte es la poda, armé el calendario de poda de todo el fundo',
    },
    {
      language: 'pt' as const,
      question: 'Me conta de uma vez que um cliente cancelou o contrato.',
      answer: 'o que eu mais destaco é a implantação do ERP que eu coordenei na filial',
    },
  ])('leading with one’s strong suit in $language is a pivot', ({ language, question, answer }) => {
    const fit = questionFit(question, answer, language);
    expect(fit.pivot).toBe(true);
    expect(fit.otherStory).toBe(true);
  });
});

describe('reviewAnswer and another story', () => {
  const review = (answer: string) =>
    reviewAnswer({
      question: 'Tell me about a deal you lost. What did you learn?',
      jobTitle: 'Account Executive',
      jobDescription: '',
      answer,
      language: 'en',
    });

  it('scores a fluent, owned story of another question at most 2 and says so, praising none of it', () => {
    const other = review(
      "Honestly I'd rather talk about my biggest win: I closed a 250k deal with a hospital network, I ran the whole cycle myself for seven months and hit 140 percent of quota.",
    );
    expect(other.score).toBeLessThanOrEqual(2);
    expect(other.strengths).toEqual([]);
    expect(other.improvements.map((i) => i.text)).toContain(reviewLines.en.improvements.otherStory);
  });

  it('scores the story that was asked for above it', () => {
    const asked = review(
      'We lost a 90k logistics deal to a cheaper competitor in the last week. The post-mortem was on me: I never got to the CFO. Since then I map the budget owner in the first call, and my win rate went up.',
    );
    const other = review("Honestly I'd rather talk about my biggest win: I closed a 250k deal with a hospital network myself.");
    expect(asked.score).toBeGreaterThan(other.score);
  });
});

describe('the opening "tell me about yourself"', () => {
  it.each([
    [
      'en',
      'could you tell me a little about yourself and what draws you to this position?',
      "I taught high school math for six years, then I finished a data analytics bootcamp last spring and I'm certified in SQL.",
    ],
    [
      'es',
      '¿podrías contarme un poco sobre ti y qué te atrae de este puesto?',
      'Fui mesero ocho años y el año pasado terminé un curso técnico en contabilidad del SENA, me certifiqué en Siigo.',
    ],
    [
      'pt-BR',
      'você pode me contar um pouco sobre você e o que te atrai nesta vaga?',
      'Fui professora por seis anos e fiz o bootcamp de dados da Alura, com certificado e projeto final em SQL.',
    ],
  ] as const)('is answered by one’s background in any form, never "another story" (%s)', (language, question, answer) => {
    const review = reviewAnswer({ question, jobTitle: 'Data Analyst', jobDescription: '', answer, language });
    expect(review.improvements.map((i) => i.text)).not.toContain(reviewLines[language].improvements.otherStory);
  });
});
