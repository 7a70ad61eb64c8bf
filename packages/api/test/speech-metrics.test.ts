import { describe, expect, it } from 'vitest';
import { enoughAnswersToJudge, speechMetrics, type MetricsTurn } from '../src/domain/feedback/speech-metrics.ts';

const timed = (start: number, end: number) => [
  { word: 'first', start, end: start + 0.3 },
  { word: 'last', start: end - 0.3, end },
];

describe('speechMetrics (counted by hand)', () => {
  const english: MetricsTurn[] = [
    { role: 'agent', content: 'Hi Ana, tell me about yourself.' }, // 6 words
    {
      role: 'user',
      content: 'Um, so, I have been, like, a backend engineer for five years, you know.', // 14 words; um, so, like, you know
      words: timed(1, 7),
    },
    { role: 'agent', content: 'What did you build?' }, // 4
    { role: 'user', content: 'Payments.', words: timed(20, 21) }, // 1: a short answer
    { role: 'agent', content: 'Tell me more.' }, // 3
  ];

  it('counts words, answers, talk share and fillers in English', () => {
    expect(speechMetrics(english, 'en', 'time')).toEqual({
      candidateWords: 15,
      interviewerWords: 13,
      talkShare: 0.54,
      answers: 2,
      averageAnswerWords: 8,
      longestAnswerWords: 14,
      shortAnswers: 1,
      longAnswers: 0,
      fillers: {
        total: 4,
        perHundredWords: 26.7,
        top: [
          { phrase: 'um', count: 1 },
          { phrase: 'you know', count: 1 },
          { phrase: 'like', count: 1 },
          { phrase: 'so', count: 1 },
        ],
      },
      wordsPerMinute: 129, // 15 words in 7 s of speech
      endReason: 'time',
    });
  });

  it('does not count ordinary uses of words that can be fillers, even next to a pause', () => {
    const said = (content: string) => speechMetrics([{ role: 'user', content }], 'en', null).fillers.top.map((f) => f.phrase);
    expect(said('I would really like to, um, talk about the migration.')).toEqual(['um']);
    expect(said("I'd like, honestly, more time for tests.")).toEqual([]);
    expect(said('We shipped it on time and on budget as well, which mattered.')).toEqual([]);
    expect(said('I think so, yes.')).toEqual([]);
    expect(said('It was, like, a mess, so, we rewrote it.')).toEqual(['like', 'so']);
    const spanish = speechMetrics(
      [{ role: 'user', content: 'Trabajé en este, el proyecto de pagos, y este, bueno, salió bien.' }],
      'es',
      null,
    );
    expect(spanish.fillers.top.map((f) => f.phrase).sort()).toEqual(['bueno', 'este']);
  });

  it('gives no pace for typed answers (no word timings)', () => {
    const typed = english.map(({ role, content }) => ({ role, content }));
    expect(speechMetrics(typed, 'en', null).wordsPerMinute).toBeNull();
  });

  it('counts Spanish fillers, and "este" only where it is a filler', () => {
    const metrics = speechMetrics(
      [
        { role: 'agent', content: '¿Qué hiciste?' },
        { role: 'user', content: 'Eh, bueno, trabajé en este proyecto... o sea, fue difícil.' }, // 10 words
      ],
      'es',
      'completed',
    );
    expect(metrics.candidateWords).toBe(10);
    expect(metrics.fillers.total).toBe(3); // eh, bueno, o sea — not "este proyecto"
    expect(metrics.fillers.top.map((f) => f.phrase).sort()).toEqual(['bueno', 'eh', 'o sea']);
  });

  it('counts Portuguese fillers, and "então" only with a pause', () => {
    const metrics = speechMetrics(
      [
        { role: 'agent', content: 'Como foi?' },
        { role: 'user', content: 'Então, tipo, eu liderei o time, né? Então a gente entregou.' }, // 11 words
      ],
      'pt-BR',
      'mismatch',
    );
    expect(metrics).toMatchObject({ candidateWords: 11, answers: 1, shortAnswers: 1, endReason: 'mismatch' });
    expect(metrics.fillers.total).toBe(3); // "Então," tipo, né — not "Então a gente"
  });

  it('joins consecutive candidate turns into one answer and flags very long ones', () => {
    const long = Array.from({ length: 260 }, (_, i) => `word${i}`).join(' ');
    const metrics = speechMetrics(
      [
        { role: 'agent', content: 'Go on.' },
        { role: 'user', content: long },
        { role: 'user', content: 'And one more thing.' },
        { role: 'agent', content: 'Thanks.' },
      ],
      'en',
      null,
    );
    expect(metrics).toMatchObject({ answers: 1, longestAnswerWords: 264, longAnswers: 1, shortAnswers: 0 });
  });

  it.each([
    [
      'en',
      'Sorry, could you repeat the question?',
      'What do you mean by stakeholders here?',
      'I brought the two teams into one weekly review and we shipped the launch on time.',
    ],
    [
      'es',
      '¿Me repites la pregunta, por favor?',
      '¿A qué te refieres con partes interesadas?',
      'Junté a los dos equipos en una revisión semanal y lanzamos a tiempo, sin retrasos.',
    ],
    [
      'pt-BR',
      'Pode repetir a pergunta, por favor?',
      'O que você quer dizer com partes interessadas?',
      'Juntei as duas equipes numa revisão semanal e lançamos no prazo, sem nenhum atraso.',
    ],
  ] as const)(
    'does not count asking to repeat or explain the question as a (very short) answer, in %s',
    (language, repeat, clarify, answer) => {
      const metrics = speechMetrics(
        [
          { role: 'agent', content: 'Tell me about a time you aligned stakeholders.' },
          { role: 'user', content: repeat },
          { role: 'agent', content: 'Of course: a time you aligned stakeholders.' },
          { role: 'user', content: clarify },
          { role: 'agent', content: 'The people with a say in the project.' },
          { role: 'user', content: answer },
          { role: 'agent', content: 'Thanks.' },
        ],
        language,
        'completed',
      );
      expect(metrics).toMatchObject({ answers: 1, shortAnswers: 0 });
      expect(metrics.averageAnswerWords).toBe(metrics.longestAnswerWords);
    },
  );

  it('does not count a goodbye as a (very short) answer', () => {
    const metrics = speechMetrics(
      [
        { role: 'agent', content: 'Tell me about a time you aligned stakeholders.' },
        { role: 'user', content: 'I ran a weekly review with both teams and we shipped on the date, with no slip at all.' },
        { role: 'agent', content: "That's all my questions." },
        { role: 'user', content: 'Thanks so much, have a great day!' },
      ],
      'en',
      'completed',
    );
    expect(metrics).toMatchObject({ answers: 1, shortAnswers: 0 });
  });

  it('handles an empty interview', () => {
    expect(speechMetrics([], 'en', 'never_started')).toMatchObject({
      candidateWords: 0,
      talkShare: 0,
      answers: 0,
      averageAnswerWords: 0,
      longestAnswerWords: 0,
      fillers: { total: 0, perHundredWords: 0, top: [] },
      wordsPerMinute: null,
    });
  });
});

describe('enough answers to judge', () => {
  it('needs two answers before a hire verdict means anything, however short they were', () => {
    expect(enoughAnswersToJudge({ answers: 0 })).toBe(false);
    expect(enoughAnswersToJudge({ answers: 1 })).toBe(false); // a call cut off after one answer
    expect(enoughAnswersToJudge({ answers: 2 })).toBe(true);
    expect(enoughAnswersToJudge({ answers: 3 })).toBe(true); // "yes", "no", a remark about pizza: judged, and low
  });
});
