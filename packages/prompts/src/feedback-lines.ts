import type { Language } from '@voxly/config';
import type { Competency } from './question-bank.ts';

/**
 * Everything the rule-based evaluator writes, per language. It states what was measured
 * (each answer's judgement, story structure, fillers, lengths), never judgement it cannot make.
 */
export interface FeedbackLines {
  summary(input: { score: number; answered: number; asked: number }): string;
  endedEarly: Record<'mismatch' | 'candidate_ended' | 'disconnected' | 'error', string>;
  notCovered: string;
  /** A competency's evidence: how its answers were rated, and what they showed. */
  answerEvidence(input: { answers: number; mean: number; withFigures: number; withActions: number }): string;
  noRubric: string;
  communicationEvidence(fillersPerHundred: number, averageWords: number): string;
  starEvidence(parts: string[]): string;
  starParts: Record<'situation' | 'task' | 'action' | 'result', string>;
  /** Words that mark each part of a STAR story, folded (lower case, no accents). */
  starMarkers: Record<'situation' | 'task' | 'action' | 'result', string[]>;
  strengths: {
    answer(question: string, point: string): string;
    /** A second answer quoted among the strengths: not "your strongest" twice. */
    anotherAnswer(question: string, point: string): string;
    star: string;
    fewFillers(perHundred: number): string;
    pace(wordsPerMinute: number): string;
    length(averageWords: number): string;
    specific: string;
  };
  improvements: {
    answer(question: string): string;
    star(missing: string[]): string;
    fillers(perHundred: number, top: string[]): string;
    short(count: number): string;
    long(count: number): string;
    pace(wordsPerMinute: number, tooFast: boolean): string;
    numbers: string;
  };
  evidenceAt(question: string): string;
  /** `practised`: the one honest strength of an interview with no real answer (the report needs one). */
  /** `notAnswered`: a question the interviewer asked that got no answer before the interview moved on or ended. */
  good: { answered: string; nothing: string; practised: string; notAnswered: string };
  /** What a stronger answer adds, by competency. */
  stronger: Record<Competency, string>;
  /**
   * Said instead of the competency's tip to an answer rated 5 with nothing to improve (after "A stronger
   * answer would add:"): a tip it already follows would contradict its rating.
   */
  strongAlready: string;
}

/** A quote in the report; a quote inside it ("Antes você disse: “…”") takes single marks, as print nests them. */
const quote = (text: string) => `“${text.replace(/“/g, '‘').replace(/”/g, '’')}”`;
/** A decimal as Spanish and Portuguese write it: 0,5 (the UI's own figures are formatted the same way). */
const commaDecimal = (n: number | string) => String(n).replace('.', ',');
const list = (items: string[], and: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

const en: FeedbackLines = {
  summary: ({ score, answered, asked }) =>
    `Rule-based review: you answered ${answered} of ${asked} questions. Your answers scored ${score}/100 judging each answer on what it shows: relevance, figures, named specifics, your own actions, situation, result and reasoning.`,
  endedEarly: {
    mismatch: 'The interview ended early because the resume did not seem to match this job, so only the first answers are reviewed.',
    candidate_ended: 'You ended the interview early, so only the answers given are reviewed.',
    disconnected: 'The call was disconnected, so only the answers given are reviewed.',
    error: 'The interview stopped because of a technical problem, so only the answers given are reviewed.',
  },
  notCovered: 'Not covered in this interview.',
  answerEvidence: ({ answers, mean, withFigures, withActions }) =>
    `${answers === 1 ? 'One answer' : `${answers} answers`}, rated ${mean.toFixed(1)}/5 on average; ${withFigures} with figures, ${withActions} saying what you did yourself.`,
  noRubric: 'Answered, but without a rubric for these questions only length and detail were measured.',
  communicationEvidence: (fillers, average) =>
    `${fillers} ${fillers === 1 ? 'filler word' : 'filler words'} per 100 words; answers averaged ${average} words.`,
  starEvidence: (parts) => (parts.length ? `Your stories showed: ${list(parts, 'and')}.` : 'No situation, action or result was described.'),
  starParts: { situation: 'situation', task: 'task', action: 'action', result: 'result' },
  starMarkers: {
    situation: ['situation', 'when i', 'when we', 'at my', 'context', 'background', 'there was', 'we had', 'in my last', 'in my previous'],
    task: ['my task', 'my role', 'i was responsible', 'responsible for', 'my goal', 'the goal', 'i needed to', 'i had to', 'we needed to'],
    action: [
      'i decided',
      'i built',
      'i wrote',
      'i led',
      'i started',
      'i created',
      'i talked',
      'i proposed',
      'i implemented',
      'i analy',
      'i organi',
      'i set up',
      'so i',
    ],
    result: ['result', 'outcome', 'in the end', 'reduced', 'increased', 'improved', 'saved', 'learned', 'grew', 'cut ', '%'],
  },
  strengths: {
    answer: (question, point) => `Your strongest answer, about ${quote(question)}: ${point}`,
    anotherAnswer: (question, point) => `Another strong answer, about ${quote(question)}: ${point}`,
    star: 'You told at least one story with a clear situation, what you did and the result.',
    fewFillers: (n) => `You spoke with few filler words (${n} per 100 words).`,
    pace: (wpm) => `Your pace, ${wpm} words per minute, is easy to follow.`,
    length: (average) => `Your answers had a good length (${average} words on average): enough detail without rambling.`,
    specific: 'You gave concrete numbers, which makes results believable.',
  },
  improvements: {
    answer: (question) => `Your answer about ${quote(question)} was one of the weakest.`,
    star: (missing) => `Make your stories complete: say the ${list(missing, 'and')} too.`,
    fillers: (n, top) =>
      `Cut filler words (${n} per 100 words${top.length ? `, mostly ${top.map(quote).join(', ')}` : ''}): pause silently instead.`,
    short: (count) => `${count} answer${count === 1 ? ' was' : 's were'} very short: give a concrete example each time.`,
    long: (count) => `${count} answer${count === 1 ? ' ran' : 's ran'} very long: lead with the point, then one example.`,
    pace: (wpm, fast) =>
      `Your pace was ${wpm} words per minute: ${fast ? 'slow down' : 'speed up a little'}; 120–160 is comfortable to follow.`,
    numbers: 'Add numbers (time saved, size, percentages): they make results concrete.',
  },
  evidenceAt: (question) => `In your answer about ${quote(question)}.`,
  good: {
    answered: 'You answered with some detail.',
    practised: 'You stayed for the whole practice: the next step is to answer each question itself, with one real example.',
    nothing: 'The answer did not yet touch the points this question looks for.',
    notAnswered: 'Not answered: the interview moved on before an answer to this question.',
  },
  stronger: {
    technical_depth: 'Name the design or method you chose, the alternatives, the trade-offs, and how you checked it worked.',
    problem_solving:
      'Walk through your steps: how you narrowed the problem down, what you tried, what the root cause was and how you fixed it.',
    communication: 'Show how you listened, used facts to align people, and what was agreed in the end.',
    role_fit: 'Tie your goals to this role and team, and say what you would deliver in the first months.',
    behavioural: 'Use STAR: the situation, your task, the actions you took yourself, and the measurable result.',
  },
  strongAlready: 'Little: this one has what the question looks for. Keep this shape, and bring a fresh example to each question.',
};

const es: FeedbackLines = {
  summary: ({ score, answered, asked }) =>
    `Revisión basada en reglas: respondiste ${answered} de ${asked} preguntas. Tus respuestas obtuvieron ${score}/100 juzgando cada respuesta por lo que muestra: pertinencia, cifras, detalles concretos, tus propias acciones, situación, resultado y razones.`,
  endedEarly: {
    mismatch:
      'La entrevista terminó antes porque el currículum no parecía corresponder a este puesto, así que solo se revisan las primeras respuestas.',
    candidate_ended: 'Terminaste la entrevista antes, así que solo se revisan las respuestas dadas.',
    disconnected: 'La llamada se cortó, así que solo se revisan las respuestas dadas.',
    error: 'La entrevista se detuvo por un problema técnico, así que solo se revisan las respuestas dadas.',
  },
  notCovered: 'No se evaluó en esta entrevista.',
  answerEvidence: ({ answers, mean, withFigures, withActions }) =>
    `${answers === 1 ? 'Una respuesta' : `${answers} respuestas`}, con ${commaDecimal(mean.toFixed(1))}/5 de media; ${withFigures} con cifras, ${withActions} diciendo qué hiciste tú.`,
  noRubric: 'Respondiste, pero sin rúbrica para estas preguntas solo se midieron la extensión y el detalle.',
  communicationEvidence: (fillers, average) =>
    `${commaDecimal(fillers)} ${fillers === 1 ? 'muletilla' : 'muletillas'} cada 100 palabras; las respuestas promediaron ${average} palabras.`,
  starEvidence: (parts) =>
    parts.length ? `Tus historias mostraron: ${list(parts, 'y')}.` : 'No se describió una situación, una acción ni un resultado.',
  starParts: { situation: 'la situación', task: 'la tarea', action: 'la acción', result: 'el resultado' },
  starMarkers: {
    situation: ['situacion', 'cuando ', 'en mi trabajo', 'contexto', 'en mi anterior', 'teniamos', 'habia un'],
    task: [
      'mi tarea',
      'mi rol',
      'mi papel',
      'era responsable',
      'responsable de',
      'el objetivo',
      'mi objetivo',
      'tenia que',
      'teniamos que',
    ],
    action: [
      'decidi',
      'construi',
      'escribi',
      'lidere',
      'empece',
      'cree ',
      'hable',
      'propuse',
      'implemente',
      'analice',
      'organice',
      'entonces yo',
    ],
    result: ['resultado', 'al final', 'redujimos', 'reduje', 'aumento', 'aumente', 'mejoro', 'mejore', 'ahorr', 'aprendi', 'crecio', '%'],
  },
  strengths: {
    answer: (question, point) => `Tu mejor respuesta, sobre ${quote(question)}: ${point}`,
    anotherAnswer: (question, point) => `Otra buena respuesta, sobre ${quote(question)}: ${point}`,
    star: 'Contaste al menos una historia con una situación clara, lo que hiciste y el resultado.',
    fewFillers: (n) => `Hablaste con pocas muletillas (${commaDecimal(n)} cada 100 palabras).`,
    pace: (wpm) => `Tu ritmo, ${wpm} palabras por minuto, es fácil de seguir.`,
    length: (average) => `Tus respuestas tuvieron una buena extensión (${average} palabras en promedio): detalle suficiente sin divagar.`,
    specific: 'Diste números concretos, lo que hace creíbles los resultados.',
  },
  improvements: {
    answer: (question) => `Tu respuesta sobre ${quote(question)} fue de las más flojas.`,
    star: (missing) => `Completa tus historias: cuenta también ${list(missing, 'y')}.`,
    fillers: (n, top) =>
      `Reduce las muletillas (${commaDecimal(n)} cada 100 palabras${top.length ? `, sobre todo ${top.map(quote).join(', ')}` : ''}): mejor haz una pausa en silencio.`,
    short: (count) => `${count} respuesta${count === 1 ? ' fue muy corta' : 's fueron muy cortas'}: da un ejemplo concreto cada vez.`,
    long: (count) =>
      `${count} respuesta${count === 1 ? ' fue muy larga' : 's fueron muy largas'}: empieza por la idea principal y luego un ejemplo.`,
    pace: (wpm, fast) =>
      `Tu ritmo fue de ${wpm} palabras por minuto: ${fast ? 'habla más despacio' : 'habla un poco más rápido'}; entre 120 y 160 es cómodo de seguir.`,
    numbers: 'Agrega números (tiempo ahorrado, tamaño, porcentajes): hacen concretos los resultados.',
  },
  evidenceAt: (question) => `En tu respuesta sobre ${quote(question)}.`,
  good: {
    answered: 'Respondiste con algo de detalle.',
    practised: 'Hiciste la práctica completa: el próximo paso es responder cada pregunta en sí, con un ejemplo real.',
    nothing: 'La respuesta todavía no tocó los puntos que busca esta pregunta.',
    notAnswered: 'Sin respuesta: la entrevista siguió antes de que respondieras esta pregunta.',
  },
  stronger: {
    technical_depth: 'Nombra el diseño o método que elegiste, las alternativas, los compromisos y cómo comprobaste que funcionaba.',
    problem_solving: 'Recorre tus pasos: cómo acotaste el problema, qué probaste, cuál fue la causa raíz y cómo lo resolviste.',
    communication: 'Muestra cómo escuchaste, usaste datos para alinear a las personas y qué se acordó al final.',
    role_fit: 'Relaciona tus objetivos con este puesto y equipo, y di qué lograrías en los primeros meses.',
    behavioural: 'Usa STAR: la situación, tu tarea, las acciones que tomaste tú y el resultado medible.',
  },
  strongAlready: 'Poco: esta ya tiene lo que busca la pregunta. Mantén esta forma y trae un ejemplo distinto a cada pregunta.',
};

const pt: FeedbackLines = {
  summary: ({ score, answered, asked }) =>
    `Avaliação baseada em regras: você respondeu ${answered} de ${asked} perguntas. Suas respostas fizeram ${score}/100 avaliando cada resposta pelo que ela mostra: pertinência, números, detalhes concretos, suas próprias ações, situação, resultado e motivos.`,
  endedEarly: {
    mismatch:
      'A entrevista terminou antes porque o currículo não parecia corresponder a esta vaga, então só as primeiras respostas são avaliadas.',
    candidate_ended: 'Você encerrou a entrevista antes, então só as respostas dadas são avaliadas.',
    disconnected: 'A ligação caiu, então só as respostas dadas são avaliadas.',
    error: 'A entrevista parou por um problema técnico, então só as respostas dadas são avaliadas.',
  },
  notCovered: 'Não foi avaliado nesta entrevista.',
  answerEvidence: ({ answers, mean, withFigures, withActions }) =>
    `${answers === 1 ? 'Uma resposta' : `${answers} respostas`}, com média ${commaDecimal(mean.toFixed(1))}/5; ${withFigures} com números, ${withActions} dizendo o que você fez.`,
  noRubric: 'Você respondeu, mas sem rubrica para estas perguntas só o tamanho e o detalhe foram medidos.',
  communicationEvidence: (fillers, average) =>
    `${commaDecimal(fillers)} ${fillers === 1 ? 'vício de linguagem' : 'vícios de linguagem'} a cada 100 palavras; as respostas tiveram em média ${average} palavras.`,
  starEvidence: (parts) =>
    parts.length ? `Suas histórias mostraram: ${list(parts, 'e')}.` : 'Nenhuma situação, ação ou resultado foi descrito.',
  starParts: { situation: 'a situação', task: 'a tarefa', action: 'a ação', result: 'o resultado' },
  starMarkers: {
    situation: ['situacao', 'quando ', 'no meu trabalho', 'contexto', 'no meu ultimo', 'no meu antigo', 'tinhamos', 'havia um'],
    task: [
      'minha tarefa',
      'meu papel',
      'eu era responsavel',
      'responsavel por',
      'o objetivo',
      'meu objetivo',
      'eu precisava',
      'precisavamos',
    ],
    action: [
      'decidi',
      'construi',
      'escrevi',
      'liderei',
      'comecei',
      'criei',
      'conversei',
      'propus',
      'implementei',
      'analisei',
      'organizei',
      'entao eu',
    ],
    result: [
      'resultado',
      'no fim',
      'no final',
      'reduzimos',
      'reduzi',
      'aumentou',
      'aumentei',
      'melhorou',
      'melhorei',
      'economiz',
      'aprendi',
      'cresceu',
      '%',
    ],
  },
  strengths: {
    answer: (question, point) => `Sua melhor resposta, sobre ${quote(question)}: ${point}`,
    anotherAnswer: (question, point) => `Outra boa resposta, sobre ${quote(question)}: ${point}`,
    star: 'Você contou pelo menos uma história com uma situação clara, o que você fez e o resultado.',
    fewFillers: (n) => `Você falou com poucos vícios de linguagem (${commaDecimal(n)} a cada 100 palavras).`,
    pace: (wpm) => `Seu ritmo, ${wpm} palavras por minuto, é fácil de acompanhar.`,
    length: (average) => `Suas respostas tiveram um bom tamanho (${average} palavras em média): detalhe suficiente sem rodeios.`,
    specific: 'Você deu números concretos, o que torna os resultados críveis.',
  },
  improvements: {
    answer: (question) => `Sua resposta sobre ${quote(question)} foi uma das mais fracas.`,
    star: (missing) => `Complete suas histórias: conte também ${list(missing, 'e')}.`,
    fillers: (n, top) =>
      `Reduza os vícios de linguagem (${commaDecimal(n)} a cada 100 palavras${top.length ? `, principalmente ${top.map(quote).join(', ')}` : ''}): prefira uma pausa em silêncio.`,
    short: (count) => `${count} resposta${count === 1 ? ' foi muito curta' : 's foram muito curtas'}: dê um exemplo concreto a cada vez.`,
    long: (count) =>
      `${count} resposta${count === 1 ? ' foi muito longa' : 's foram muito longas'}: comece pelo ponto principal e depois um exemplo.`,
    pace: (wpm, fast) =>
      `Seu ritmo foi de ${wpm} palavras por minuto: ${fast ? 'fale mais devagar' : 'fale um pouco mais rápido'}; entre 120 e 160 é confortável de acompanhar.`,
    numbers: 'Inclua números (tempo economizado, tamanho, porcentagens): eles tornam os resultados concretos.',
  },
  evidenceAt: (question) => `Na sua resposta sobre ${quote(question)}.`,
  good: {
    answered: 'Você respondeu com algum detalhe.',
    practised: 'Você fez a prática até o fim: o próximo passo é responder cada pergunta em si, com um exemplo real.',
    nothing: 'A resposta ainda não abordou os pontos que esta pergunta procura.',
    notAnswered: 'Sem resposta: a entrevista seguiu antes de você responder esta pergunta.',
  },
  stronger: {
    technical_depth: 'Diga o projeto ou método que escolheu, as alternativas, os trade-offs e como verificou que funcionava.',
    problem_solving: 'Mostre seus passos: como delimitou o problema, o que testou, qual foi a causa raiz e como resolveu.',
    communication: 'Mostre como ouviu, usou fatos para alinhar as pessoas e o que foi acordado no fim.',
    role_fit: 'Ligue seus objetivos a esta vaga e equipe, e diga o que entregaria nos primeiros meses.',
    behavioural: 'Use STAR: a situação, a sua tarefa, as ações que você mesmo tomou e o resultado mensurável.',
  },
  strongAlready: 'Pouco: esta já tem o que a pergunta procura. Mantenha esse formato e traga um exemplo diferente para cada pergunta.',
};

export const feedbackLines: Record<Language, FeedbackLines> = { en, es, 'pt-BR': pt };
