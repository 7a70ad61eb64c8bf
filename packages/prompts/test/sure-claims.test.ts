import { describe, expect, it } from 'vitest';
import { textLanguageOf } from '../src/answers/answer-vocabulary.ts';
import { coachingHint } from '../src/coaching/coaching-hint.ts';
import { reviewAnswer } from '../src/review/review-answer.ts';
import { reviewLines } from '../src/review/review-lines.ts';
import { sureClaimOrTip } from '../src/review/sure-claims.ts';

const job = { jobTitle: 'Warehouse Supervisor', jobDescription: 'Run the returns area and the pickers.' };
const question = {
  en: 'Tell me about a process you improved.',
  es: 'Cuéntame de un proceso que mejoraste.',
  'pt-BR': 'Me conte sobre um processo que você melhorou.',
} as const;

/** Stories whose closing tells something that happened (a decision, a fix): a result may be told in words the review misses. */
const closingOnEvent = [
  [
    'en',
    'Returns sat for days in the corner. I counted the pallets with the team and showed the figures to my manager. We decided to move the picking shift.',
  ],
  [
    'es',
    'Las devoluciones se acumulaban en la esquina. Conté los pallets con el equipo y le mostré los números al gerente. Decidimos cambiar el turno de preparación.',
  ],
  [
    'pt-BR',
    'As devoluções ficavam dias no canto. Contei os paletes com a equipe e mostrei os números pro gerente. Decidimos mudar o turno da separação.',
  ],
] as const;

/** Stories closing on a stance told in the present: no event, so "finish with the result" is sure. */
const closingOnStance = [
  [
    'en',
    'I reorganised the returns bay with two pickers and moved the fast items to the front. Returns are a big part of the job. I care about them a lot.',
  ],
  [
    'es',
    'Reorganicé la zona de devoluciones con dos operarios y puse los productos rápidos adelante. Las devoluciones son una parte grande del trabajo. Me importan mucho.',
  ],
  [
    'pt-BR',
    'Reorganizei a área de devoluções com dois separadores e coloquei os itens rápidos na frente. As devoluções são uma parte grande do trabalho. Eu me importo muito com elas.',
  ],
] as const;

/** Steps said in the first person in the present or imperfect: own actions to a listener, though not read as past ones. */
const stepsInAnyTense = [
  ['en', 'Right now I work weekends at a warehouse and during the week I help out in the stock room.'],
  ['es', 'En la planta me tocó implementar el orden del almacén y organizamos las herramientas por zona.'],
  ['pt-BR', 'No depósito eu coordenava os separadores, eu fazia a divisão das tarefas e treinava eles no leitor.'],
] as const;

/** No step of anyone's own: "say what you did yourself" is sure. */
const teamOnly = [
  ['en', 'We worked on the returns as a team and it went well, everyone helped a lot.'],
  ['es', 'Trabajamos en equipo con las devoluciones y salió bien, todos ayudaron mucho.'],
  ['pt-BR', 'A gente trabalhou em equipe nas devoluções e deu tudo certo, todo mundo ajudou muito.'],
] as const;

describe('sureClaimOrTip', () => {
  it.each(closingOnEvent)('%s: a result claimed missing of a story closing on an event is unsure: the tip', (language, answer) => {
    expect(sureClaimOrTip('result', answer, textLanguageOf[language])).toBe('endOnChangeTip');
  });

  it.each(closingOnStance)('%s: a result claimed missing of a story closing on a stance stands', (language, answer) => {
    expect(sureClaimOrTip('result', answer, textLanguageOf[language])).toBe('result');
  });

  it.each(stepsInAnyTense)('%s: own actions claimed missing of steps in the first person are unsure: the tip', (language, answer) => {
    expect(sureClaimOrTip('ownActions', answer, textLanguageOf[language])).toBe('endOnChangeTip');
  });

  it.each(teamOnly)('%s: own actions claimed missing of a team-only answer stand', (language, answer) => {
    expect(sureClaimOrTip('ownActions', answer, textLanguageOf[language])).toBe('ownActions');
  });

  it.each(stepsInAnyTense)('%s: claims it does not judge pass through', (language, answer) => {
    expect(sureClaimOrTip('otherStory', answer, textLanguageOf[language])).toBe('otherStory');
  });

  it.each(stepsInAnyTense)('%s: a figure claimed missing of steps with no figure in any words stands', (language, answer) => {
    expect(sureClaimOrTip('numbers', answer, textLanguageOf[language])).toBe('numbers');
  });
});

describe('the review lists what the hint says', () => {
  it.each([...closingOnEvent, ...stepsInAnyTense])(
    '%s: where the claim is unsure, the review lists the tip in its place and the hint says it: "%s"',
    (language, answer) => {
      const input = { ...job, question: question[language], answer, language };
      const { improvements } = reviewAnswer(input);
      const lines = reviewLines[language].improvements;
      const texts = improvements.map((point) => point.text);
      expect(texts).toContain(lines.endOnChangeTip);
      expect(texts).not.toContain(lines.result);
      expect(texts).not.toContain(lines.ownActions);
      // Listed once, whatever the claims it stands in for.
      expect(texts.filter((text) => text === lines.endOnChangeTip)).toHaveLength(1);
      expect(coachingHint(input).line).toBe(improvements[0]?.text);
    },
  );

  it.each(closingOnStance)('%s: a sure result claim is listed and said', (language, answer) => {
    const input = { ...job, question: question[language], answer, language };
    expect(reviewAnswer(input).improvements[0]?.text).toBe(reviewLines[language].improvements.result);
    expect(coachingHint(input).asks).toBe('result');
  });

  it.each(teamOnly)('%s: a sure own-actions claim is listed and said', (language, answer) => {
    const input = { ...job, question: question[language], answer, language };
    expect(reviewAnswer(input).improvements[0]?.text).toBe(reviewLines[language].improvements.ownActions);
    expect(coachingHint(input).asks).toBe('ownActions');
  });
});
