import { describe, expect, it } from 'vitest';
import { actTaken, scoreActs } from '../corpus/act-evaluation.ts';
import { independentUtterances, labelledActs, tuningDirectory } from '../corpus/independent-sets.ts';
import { readDialogAct } from '../src/listening/dialog-act.ts';

describe('readDialogAct', () => {
  // The tuning set (written with the code); the independent set is measured in bench:quality, never here.
  // The first tuning rows were written with the code: each is read as labelled. The rest were written from the brief by
  // another hand (README-writer-c.md): held to recall per act and to precision on answers, as a real candidate's turns are.
  const tuning = independentUtterances(tuningDirectory);
  it.each(tuning.filter((u) => u.id.startsWith('tune-')).map((u) => [u.act, u.language, u.utterance, u] as const))(
    'takes %s in %s: %s',
    (act, _language, _utterance, u) => {
      expect(actTaken(u)).toBe(act);
    },
  );

  it('recognises at least 90 % of each act written by another hand, and misreads at most one answer in fifty', () => {
    const handWritten = tuning.filter((u) => u.id.startsWith('td-'));
    expect(handWritten.length).toBeGreaterThanOrEqual(150);
    const score = scoreActs(handWritten);
    for (const act of labelledActs) {
      const { labelled, recognised } = score.perAct[act];
      expect(recognised / labelled, act).toBeGreaterThanOrEqual(0.9);
    }
    expect(score.answersMisread).toBeLessThanOrEqual(Math.floor(score.perAct.answer.labelled / 50));
  });

  // Writer-f's batch (README-writer-f.md) is the hardest yet: no question marks, indirect and chatty requests. Its floor is
  // where the reader stands today, so it can only rise; turns in another language are the known gap (#27).
  it('recognises most of the hardest hand-written batch, and misreads at most one answer in fifteen', () => {
    const hardest = tuning.filter((u) => u.id.startsWith('tf-'));
    expect(hardest.length).toBeGreaterThanOrEqual(240);
    const score = scoreActs(hardest);
    const nonAnswers = labelledActs.filter((act) => act !== 'answer');
    const recognised = nonAnswers.reduce((sum, act) => sum + score.perAct[act].recognised, 0);
    const labelled = nonAnswers.reduce((sum, act) => sum + score.perAct[act].labelled, 0);
    expect(recognised / labelled).toBeGreaterThanOrEqual(0.85);
    for (const act of nonAnswers) expect(score.perAct[act].recognised / score.perAct[act].labelled, act).toBeGreaterThanOrEqual(0.55);
    expect(score.answersMisread).toBeLessThanOrEqual(Math.floor(score.perAct.answer.labelled / 15));
  });

  it('takes a request put without its question mark for what it asks', () => {
    expect(readDialogAct('i was wondering if maybe you could say that one more time i did not quite catch all of it', 'en').act).toBe(
      'repeat_request',
    );
    expect(readDialogAct('o sea quieres que te explique lo que hace el sistema o como lo construi yo', 'es').act).toBe(
      'clarification_request',
    );
    expect(readDialogAct('tem vale refeicao', 'pt-BR').act).toBe('role_question');
    expect(readDialogAct('cliente interno ou externo', 'pt-BR').act).toBe('clarification_request');
  });

  it('hears "once more" and "how did the question go?" as asking for the question again, in every language', () => {
    for (const [turn, language] of [
      ['sorry my headphones glitched, could you go over that once more', 'en'],
      ['perdón, ¿me lo puede decir una vez más?', 'es'],
      ['disculpa, ¿cómo era la pregunta?', 'es'],
      ['desculpa, como era a pergunta mesmo?', 'pt-BR'],
    ] as const)
      expect(readDialogAct(turn, language, 'Tell me about a time you handled a difficult customer.').act, turn).toBe('repeat_request');
    // An answer that does the thing once more is still an answer.
    expect(
      readDialogAct('I checked every pallet against the manifest and then counted the short ones once more before signing', 'en').act,
    ).toBe('answer');
  });

  it("still hears a short answer that repeats the question's words as an answer", () => {
    expect(readDialogAct('conheço', 'pt-BR', 'Você conhece o SAP?').act).toBe('answer');
    expect(readDialogAct('three', 'en', 'How many years have you worked with TypeScript?').act).toBe('answer');
  });

  it('hears a statement with a tag question ("…, right?", "…, ¿no?", "…, né?") as the answer it is, and a question with a tag as a question', () => {
    expect(
      readDialogAct('I set up the on-call rota for the team, right? Pages dropped by half.', 'en', 'How did you help your team?').act,
    ).toBe('answer');
    expect(
      readDialogAct('Yo organicé los turnos del equipo, ¿verdad? Y bajaron las quejas.', 'es', '¿Cómo ayudaste a tu equipo?').act,
    ).toBe('answer');
    expect(readDialogAct('Eu montei a escala do time, né? Aí melhorou muito.', 'pt-BR', 'Como você ajudou seu time?').act).toBe('answer');
    expect(readDialogAct('You mean the team I had at the bank, right?', 'en', 'Tell me about your last team.').act).not.toBe('answer');
  });

  it.each([
    ['es', '¿Viste el partido de anoche? Ganamos tres a uno, una locura.'],
    ['pt-BR', 'Você viu o jogo ontem? Ganhamos de três a um, uma loucura.'],
    ['pt-BR', 'Cê viu a novela ontem? Minha mãe chorou o capítulo inteiro, gente.'],
    ['en', 'Did you catch the game last night? We won three to one, crazy finish.'],
  ] as const)('takes small talk opened with a question back for an off-topic remark (%s): %s', (language, turn) => {
    expect(readDialogAct(turn, language, 'Could you tell me a bit about yourself?').act).toBe('off_topic');
  });

  it('still hears an answer that opens with small talk and then tells the work', () => {
    const turn = '¿Viste el partido? Yo no, porque esa noche cerré el inventario del almacén y cuadré 40 ubicaciones.';
    expect(readDialogAct(turn, 'es', 'Cuéntame de un cierre difícil.').act).toBe('answer');
  });

  it('reads an empty turn as silence', () => {
    expect(readDialogAct('   ', 'en').act).toBe('empty');
  });

  it('takes a long turn that opens with a cue as an answer (precision first)', () => {
    const long =
      'Sorry, could you repeat — no, actually I got it. When I was at the bank I rebuilt the monthly close so it took three days instead of eight, mostly by automating the reconciliations.';
    expect(readDialogAct(long, 'en').act).toBe('answer');
  });

  it('names what a question about the role asks about', () => {
    expect(readDialogAct('Is it hybrid? Where is the office?', 'en').topics).toContain('place');
    expect(readDialogAct('¿Cuánto es el sueldo?', 'es').topics).toContain('pay');
  });

  it('hears the candidate’s own questions as questions even when a goodbye follows them, in every language', () => {
    const turns = [
      [
        "I'd love to know what success looks like for this role in the first 90 days. And how does the payments pod work with risk today? Great. Thank you so much, this was fun.",
        'en',
      ],
      [
        "Yeah I guess my question is, how do you guys split the work, like would I be on one project for months? And what's the ratio of apprentices on your crews? Okay. Cool. Thanks for your time, I appreciate it.",
        'en',
      ],
      ['Preguntas: ¿cómo son las guardias acá, cada cuánto y si se pagan aparte? Buenísimo. Bueno, mil gracias, un gusto.', 'es'],
      ['Quería preguntarle si la empresa tiene un comité paritario activo. Muchas gracias por la entrevista, que le vaya bien.', 'es'],
      ['Minha pergunta é como funciona a escala nos fins de semana? Que bom. Obrigada, adorei conhecer vocês.', 'pt-BR'],
    ] as const;
    for (const [turn, language] of turns) expect(readDialogAct(turn, language).act, turn).toBe('role_question');
    // A story first, then thanks, is still an answer.
    const story = 'I rebuilt the pick paths on second shift and mis-picks fell from 40 to 12 a week. Thanks, that was a good question.';
    expect(readDialogAct(story, 'en').act).toBe('answer');
  });
});
