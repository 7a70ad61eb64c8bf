import { describe, expect, it } from 'vitest';
import { questionFit } from '../src/review/question-fit.ts';

// A résumé said aloud where an episode or a way of working was asked: tenure and an unbroken record open the answer.
describe('tenure and an unbroken record, told instead of what was asked', () => {
  it.each([
    {
      language: 'en' as const,
      question: 'How do you check a delivery against the purchase order?',
      answer: "honestly I've been in receiving for about nine years now, I know every carrier that comes through our dock by name.",
    },
    {
      language: 'es' as const,
      question: '¿Qué haces si un paciente se niega a tomar la medicación?',
      answer:
        'mire, llevo doce años en planta y nunca he tenido una queja de un familiar, mis compañeras siempre me piden ayuda con los turnos.',
    },
    {
      language: 'pt' as const,
      question: 'Me conta de uma vez que a carga chegou avariada.',
      answer:
        'olha, nunca tomei uma multa em vinte anos de estrada, conheço todas as rotas do Nordeste e o meu caminhão é o mais bem cuidado da frota.',
    },
  ])('$language: “$answer” answers another question', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(true);
  });

  it('reads a record at the end of a story as its result, not as a dodge', () => {
    const fit = questionFit(
      'Tell me about a time you fixed a safety problem on the floor.',
      "our dock plate kept sticking so I taped it off, got maintenance to reweld the hinge the same day, and we went the rest of the year with zero incidents, I've never had a near miss there since.",
      'en',
    );
    expect(fit.otherStory).toBe(false);
  });
});

// Pride, strength or one's best win, where the question asked for no achievement: another question, even on its topic.
describe('a pride framing', () => {
  it.each([
    {
      language: 'en' as const,
      question: 'How do you measure whether a campaign worked?',
      answer:
        "so the campaign I'm most proud of was a launch for a sparkling water brand, we got thirty creators and two million views in a week.",
    },
    {
      language: 'es' as const,
      question: '¿Cómo controlas el inventario de la bodega?',
      answer: 'lo mío fuerte en la bodega es negociar con proveedores, el año pasado bajé los costos de compra un doce por ciento.',
    },
    {
      language: 'pt' as const,
      question: 'Como você organiza a escala da equipe?',
      answer: 'o que eu mais destaco na equipe é o treinamento que eu montei, formei doze operadores em três meses.',
    },
  ])('$language: answers another question where no achievement was asked', ({ language, question, answer }) => {
    const fit = questionFit(question, answer, language);
    expect(fit.touched).toBeGreaterThan(0);
    expect(fit.otherStory).toBe(true);
  });

  it.each([
    {
      language: 'en' as const,
      question: 'What achievement are you most proud of?',
      answer: "the one I'm most proud of is the clinic rollout, we cut waiting times by half.",
    },
    {
      language: 'en' as const,
      question: "What's your biggest strength?",
      answer: 'my strong suit is calming people down, last month I talked a screaming customer into a refund instead of a chargeback.',
    },
    {
      language: 'es' as const,
      question: '¿Cuál es tu mayor fortaleza?',
      answer: 'lo mío fuerte es el orden, armé el kardex de la bodega y cuadramos el inventario a la primera.',
    },
    {
      language: 'pt' as const,
      question: 'Qual é o seu ponto forte?',
      answer: 'o que eu mais destaco é a organização, montei a escala de doze pessoas sem nenhuma reclamação.',
    },
  ])('$language: is the answer where strengths or pride were asked', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(false);
  });
});

// Studies and records are one's own when told as such; an exam, a course or a platform named inside a story is not.
describe('credentials and records named inside a story', () => {
  it.each([
    {
      language: 'en' as const,
      question: 'How do you handle a student who keeps disrupting the class?',
      answer:
        'there was a boy who kept shouting over me, so I moved him to the front, noticed he was squinting, and asked his mum to book an eye exam; with glasses he settled within a week.',
    },
    {
      language: 'pt' as const,
      question: 'Me conta de uma campanha que deu errado.',
      answer:
        'uma vez eu subi no Meta um anúncio com público aberto demais, gastamos metade da verba em dois dias com clique de quem não podia comprar; pausei e refiz a segmentação por CEP.',
    },
  ])('$language: “$answer” is an answer', ({ language, question, answer }) => {
    expect(questionFit(question, answer, language).otherStory).toBe(false);
  });

  it.each([
    { language: 'es' as const, question: 'Cuéntame de un fracaso profesional.' },
    { language: 'pt' as const, question: 'Me conta de um fracasso profissional.' },
  ])('$language: a failure asked for is a trouble asked for', ({ language, question }) => {
    expect(questionFit(question, 'lo perdí / eu perdi', language).asksTrouble).toBe(true);
  });
});

// Two kinds of résumé at once, even with a word or two of the question in it: a résumé recited instead of the answer.
describe('a résumé recited', () => {
  it.each([
    {
      language: 'en' as const,
      question: 'Tell me about a deal you lost. What happened?',
      answer:
        "honestly i don't lose a lot, i was at 120 percent of quota last year and made president's club, so deals are kind of my thing.",
    },
    {
      language: 'es' as const,
      question: '¿Qué haces cuando un cliente reclama por una factura mal emitida?',
      answer: 'mire, llevo diez años en facturación, tengo mi diplomado en tributación y me nombraron analista del año en la empresa.',
    },
    {
      language: 'pt' as const,
      question: 'O que você faz quando a colheitadeira quebra no meio da safra?',
      answer:
        'eu opero colheitadeira faz quinze anos, tenho curso do senar de regulagem e a gente bateu recorde de colheita da fazenda ano passado.',
    },
  ])('$language: “$answer” answers another question', ({ language, question, answer }) => {
    const fit = questionFit(question, answer, language);
    expect(fit.touched).toBeGreaterThan(0);
    expect(fit.otherStory).toBe(true);
  });

  it('a record claimed tells no trouble where a loss was asked', () => {
    const fit = questionFit('Tell me about a deal you lost.', "honestly i don't lose a lot, my win rate is double the team's.", 'en');
    expect(fit.asksTrouble).toBe(true);
    expect(fit.toldTrouble).toBe(false);
  });
});
