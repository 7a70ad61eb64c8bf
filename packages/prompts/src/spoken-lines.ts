import type { Language } from '@voxly/config';
import { asTheirs, withArticle } from './english-article.ts';
import type { RequirementKind } from './listening/requirement-phrases.ts';
import type { Competency } from './question-bank/bank-entry.ts';

/**
 * Lines the engine speaks itself, word for word, whatever the model: they carry the
 * interview's rules (time, endings), so they must not depend on a model behaving.
 */
/** How many wordings a revisit's lead has (`revisit`, `revisitClause`): the n-th revisit takes the n-th, in turn. */
const REVISIT_WORDINGS = 3;
/** Every wording a revisit's lead may take, by index. */
export const revisitWordings = Array.from({ length: REVISIT_WORDINGS }, (_, n) => n);

export interface SpokenLines {
  timeWarning(minutesLeft: number): string;
  closingOnTime: string;
  closingOnMismatch: string;
  closingAfterLastQuestion: string;
  /** The candidate leaving before the plan is done ("I have to run… goodbye!"): thanked and let go. */
  closingOnLeaving: string;
  apologyOnError: string;
  /** To silence after a question, each said once in turn (a sentence is never said twice); the first is the usual one. */
  reminders: readonly [string, ...string[]];
  /** The follow-up on a thin answer that names nothing: the first probe, asked plainly. */
  followUp: string;
  /** Each said once per interview, in turn: a sentence is never said twice. */
  acknowledgements: readonly string[];
  /** After an answer that opens by owning a gap ("I don't have a licence"): candour thanked, never "that makes sense". */
  gapAcknowledgements: readonly string[];
  lastQuestion: string;
  /** The last question in plain words: what may be asked, and that none is fine. */
  clarifyLastQuestion: string;
  /** A question about one of the posting's must-haves by name, as the candidate's own experience where the resume shows it. */
  /** `variant` picks one of several wordings, so two must-haves of a kind are never asked in the same words. */
  askAbout(phrase: string, kind: RequirementKind, onResume: boolean, variant: number): string;
  /** What a follow-up asks, one per follow-up of an interview (never the same twice); the script knows a follow-up by them. */
  probes: readonly string[];
  /** The probe asking for one concrete moment, asked first after a routine or a stance quoted back. */
  momentProbe: string;
  /** Opens a follow-up on a thin answer that names nothing. */
  makeConcrete: string;
  /** Opens a follow-up that refers to what the candidate named (a tool, a figure, a project). */
  followUpOn(term: string): string;
  /** Opens a follow-up that repeats back what the candidate said they did (`clause` in their words). */
  followUpOnClause(clause: string): string;
  /** The answer's own words quoted back, as said: no person changed. */
  followUpOnQuote(quote: string): string;
  /** Turns the candidate's "I built my…" into the interviewer's "you built your…"; null where the language quotes instead. */
  secondPerson: ((clause: string) => string) | null;
  /** After "I don't know", said once each; then the interview just moves on. */
  dontKnowLines: readonly string[];
  /** Kept for the first "I don't know": `dontKnowLines[0]`. */
  dontKnow: string;
  /** An off-topic remark: one short acknowledgement, then back (the question is not said again). The first is `redirects[0]`. */
  redirect: string;
  /** Said once each in an interview; once all are said, a remark gets the next question instead. */
  redirects: readonly string[];
  otherLanguage: string;
  answerFromJob(excerpt: string): string;
  deferQuestion: string;
  /** After a question about the role: back to the interviewer's own, without saying it again. */
  backToQuestion: string;
  /** Before saying the question again, when asked to. */
  repeatLeads: readonly string[];
  /** "What do you mean?": what the question is after, in plain words, by what it measures. */
  clarify: Record<Competency, string>;
  /** "What do you mean?" about a qualification the posting asks for (a licence, a certificate): not "why this role". */
  clarifyCredential: string;
  /** Said after the plain words when the question asks about a must-have by name: the plain words alone would lose it. */
  clarifyTopic(about: string): string;
  /** Plain words for a second question of the same kind, where the first plain words were said already. */
  clarifyAgain: string;
  /** "Thanks!" mid-interview: the interview goes on. */
  youreWelcome: string;
  /** After the question met silence through two reminders: the interview moves on. */
  moveOnAfterSilence: string;
  /** With the plan done and time to spare: back to something the candidate named earlier. */
  /** The `n`-th revisit's lead (each revisit in other words, so no two leads sound alike). */
  revisit(term: string, n: number): string;
  /** The same, back to something they said they did (`clause` in their words). */
  revisitClause(clause: string, n: number): string;
  /** What a revisit asks, one per revisit (never the same twice): the decision, the risk, the people, the lesson. */
  deeperQuestions: readonly string[];
  /** The behavioural story asked about one of the role's requirements, so even the story question is about this job. */
  storyAbout(phrase: string, onResume: boolean): string;
  /** The behavioural story asked about a line of the resume that meets a must-have, quoted as the resume words it. */
  storyAboutClaim(claim: string): string;
  /** A must-have asked through the resume line that meets it, quoted as the resume words it. */
  askAboutClaim(claim: string): string;
  /** The disagreement question asked about one of the role's requirements. */
  disagreementAbout(phrase: string): string;
  /** The disagreement question asked about a line of the resume that meets a must-have, quoted. */
  disagreementAboutClaim(claim: string): string;
}

/** One of a list of wordings, going round. */
const pick = (options: readonly string[], variant: number): string => options[variant % options.length] ?? options[0] ?? '';

const minutes = (n: number) => (n === 1 ? 'one minute' : `${n} minutes`);

/** The probe that asks for one moment: what a routine or a stance, quoted back, is missing. One of each language's probes. */
const momentProbes: Record<Language, string> = {
  en: 'Walk me through one concrete moment: what you decided, and what happened next.',
  es: 'Cuéntame un momento concreto: qué decidiste y qué pasó después.',
  'pt-BR': 'Me conte um momento concreto: o que você decidiu e o que aconteceu depois.',
};

export const spokenLines: Record<Language, SpokenLines> = {
  en: {
    timeWarning: (n) => `Just so you know, we have about ${minutes(n)} left.`,
    closingOnTime: "We're at time, so I'll stop here. Thank you for your answers today. Your feedback will be ready in a moment. Goodbye!",
    closingOnMismatch:
      "Thank you for sharing your background. From what you've told me, this role calls for experience that's quite different from yours, so I'd rather not use more of your time on it today. Your feedback will still point out your strengths. All the best!",
    closingAfterLastQuestion: "That's all my questions. Thank you for your time today; your feedback will be ready in a moment. Goodbye!",
    closingOnLeaving:
      'Of course. Thank you for your time today; your feedback on what you answered will be ready in a moment. Good luck, goodbye!',
    apologyOnError:
      "I'm sorry, I've run into a technical problem on my side and need to end the interview here. Please try again in a moment.",
    reminders: [
      'Take your time. Would you like me to repeat or rephrase the question?',
      "Whenever you're ready. I can say the question again, or put it another way.",
      "No rush, I'm listening. If this one doesn't suit you, we can move on to another.",
    ],
    followUp: "Let's make that more concrete. What did you do yourself, and how did it turn out?",
    acknowledgements: [
      'Thank you.',
      'Got it, thanks.',
      'That makes sense.',
      'Thanks for explaining.',
      'Okay, clear.',
      'Understood.',
      'Good, thank you.',
    ],
    gapAcknowledgements: ['Thanks for being upfront about that.', 'Understood, thanks for saying so.', 'Thanks, that is good to know.'],
    lastQuestion: 'Before we finish, is there anything you would like to ask me about the role?',
    clarifyLastQuestion:
      "Sure: questions about the job, the team, the schedule or the next steps are all welcome, and it's fine to have none.",
    askAbout: (p, kind, onResume, variant) =>
      pick(
        {
          tool: onResume
            ? [
                `The posting names ${p}, and your resume shows experience there: walk me through one piece of work that drew on it, and what came out of it.`,
                `Tell me about the most demanding thing you have done with ${p}, and your own part in it.`,
                `What is one problem you solved with ${p}, and how did you go about it?`,
              ]
            : [
                `This role works with ${p}: what experience do you have there, or with the closest thing you know?`,
                `What have you done with ${p}, or with something like it, that shows you could pick it up here?`,
                `How would you get productive with ${p} in your first weeks, drawing on what you have used before?`,
              ],
          credential: onResume
            ? [
                `The role asks for ${withArticle(p)}, which your resume shows: how has it shaped your day-to-day work?`,
                `Where did ${asTheirs(p)} matter most in your recent work?`,
              ]
            : [
                `The posting asks for ${withArticle(p)}: where are you with that?`,
                `How do you stand on ${withArticle(p)}, which this role requires?`,
              ],
          task: onResume
            ? [
                `This role involves ${p}, and your resume shows experience there: tell me about one time you did that, your own part, and the result.`,
                `Walk me through how you handled ${p} the last time, step by step.`,
                `What surprised you the last time you worked on ${p}, and what did you do about it?`,
              ]
            : [
                `This role involves ${p}: tell me about a time you did that, or the closest thing you have done.`,
                `How would you approach ${p} here, based on something similar you have done?`,
                `What experience do you have with ${p}, even from a different setting?`,
              ],
        }[kind],
        variant,
      ),
    probes: [
      'What did you do yourself, and how did it turn out?',
      'What was your own part in it, and what changed because of it?',
      momentProbes.en,
      'How did you know it had worked: was there something you could measure?',
      'What would you do differently if you did it again?',
    ],
    momentProbe: momentProbes.en,
    makeConcrete: "Let's make that more concrete.",
    followUpOn: (term) => `You mentioned ${term}.`,
    followUpOnClause: (clause) => `You said ${clause}.`,
    followUpOnQuote: (quote) => `You said: "${quote}".`,
    secondPerson: (clause) =>
      clause
        .replace(/\bI'm\b/gi, "you're")
        .replace(/\bI've\b/gi, "you've")
        .replace(/\bI'd\b/gi, "you'd")
        .replace(/\bI\b/g, 'you')
        .replace(/\bmyself\b/gi, 'yourself')
        .replace(/\bmy\b/gi, 'your')
        .replace(/\bme\b/gi, 'you')
        .replace(/\bmine\b/gi, 'yours')
        // A team's action said back: "we redid the moodboards" → "you redid the moodboards".
        .replace(/\bwe\b/gi, 'you')
        .replace(/\bour\b/gi, 'your')
        .replace(/\bus\b/gi, 'you'),
    dontKnowLines: [
      "That's fine: saying so is better than guessing, and I've noted it. Let's move on.",
      "No problem, let's look at something else.",
      'Okay, we can leave that one.',
    ],
    dontKnow: "That's fine: saying so is better than guessing, and I've noted it. Let's move on.",
    redirect: "Fair enough! Let's bring it back to the role: whenever you're ready, I'd like to hear your answer to my question.",
    redirects: [
      "Fair enough! Let's bring it back to the role: whenever you're ready, I'd like to hear your answer to my question.",
      "I hear you. Let's stay with the interview, though: how would you answer my question?",
    ],
    otherLanguage: "Let's keep the interview in English, please, so your feedback matches it. Could you answer in English?",
    answerFromJob: (excerpt) => `The job description says: ${excerpt}`,
    deferQuestion: "The job description doesn't say, so that's one to ask the hiring team.",
    backToQuestion: "Now, whenever you're ready, back to my question.",
    repeatLeads: ['Of course. Here it is again:', 'Sure, once more:', 'No problem, here it is one more time:'],
    clarifyAgain:
      'Sure. As with the earlier one, any real example of your own counts: tell me what happened, what you did yourself and how it turned out.',
    clarifyCredential:
      'Of course. The role asks for that qualification: tell me about one time in your recent work when it mattered, what you did with it and how it went.',
    clarifyTopic: (about) => `Here, the example to pick is one with ${about}.`,
    clarify: {
      behavioural:
        "Of course. I'm after one real situation from your own experience, at work, in your studies or elsewhere: what was going on, what you did yourself, and how it ended.",
      technical_depth:
        "Of course. Pick one piece of work you did yourself, whatever your trade, and walk me through how you went about it and why you did it that way. There's no single right answer.",
      problem_solving:
        'Of course. Think of one problem you had to solve: how you worked out what was wrong, what you tried, and what finally fixed it.',
      communication:
        'Of course. Think of one conversation that was hard, with a colleague, a client or a manager: what the disagreement was, what you said or did, and how it ended.',
      role_fit:
        "Of course. I'd like to know why this job appeals to you, and what you would focus on in your first months. Your own reasons are what matter.",
    },
    youreWelcome: "You're welcome! We still have some time, so let's keep going.",
    moveOnAfterSilence: "No problem, let's try a different question.",
    revisit: (term, n) =>
      [
        `We have time to go deeper, so let me go back to ${term}.`,
        `Earlier you mentioned ${term}.`,
        `Let's go back to ${term} for a moment.`,
      ][n % REVISIT_WORDINGS] ?? '',
    revisitClause: (clause, n) =>
      [
        `We have time to go deeper, so let me go back to when you said ${clause}.`,
        `Earlier you said ${clause}.`,
        `Let's go back to when you said ${clause}.`,
      ][n % REVISIT_WORDINGS] ?? '',
    storyAbout: (p, onResume) =>
      onResume
        ? `Your resume shows experience with ${p}. Tell me about the most difficult problem you faced with it: what was the situation, what did you do, and what happened?`
        : `Tell me about the most difficult problem you faced in work close to ${p}: what was the situation, what did you do, and what happened?`,
    askAboutClaim: (c) => `Your resume says: "${c}". Walk me through how you did that, what you did yourself, and how it turned out.`,
    storyAboutClaim: (c) =>
      `Your resume says: "${c}". Tell me about the most difficult problem you faced in that work: what was the situation, what did you do, and what happened?`,
    disagreementAboutClaim: (c) =>
      `Your resume says: "${c}". Think of a time you disagreed with a colleague or a manager in that work. How did you handle it?`,
    disagreementAbout: (p) =>
      `Think of a time you disagreed with a colleague or a manager about ${p}, or something like it. How did you handle it?`,
    deeperQuestions: [
      'What alternatives did you weigh there, and why did you choose the one you did?',
      'What was the biggest risk in it, and how did you handle it?',
      'Who disagreed with you along the way, and how did you bring them round?',
      'Looking back, what would you change about how you did it?',
      'What did that teach you that you still use in your work today?',
    ],
  },
  es: {
    timeWarning: (n) => `Para que lo tengas en cuenta, nos ${n === 1 ? 'queda un minuto' : `quedan unos ${n} minutos`}.`,
    closingOnTime:
      'Llegamos al final del tiempo, así que terminamos aquí. Gracias por tus respuestas. Tu evaluación estará lista en un momento. ¡Hasta luego!',
    closingOnMismatch:
      'Gracias por contarme tu trayectoria. Por lo que me has dicho, este puesto pide una experiencia bastante distinta a la tuya, así que prefiero no ocupar más de tu tiempo hoy. Tu evaluación igualmente destacará tus fortalezas. ¡Mucho éxito!',
    closingAfterLastQuestion:
      'Esas son todas mis preguntas. Gracias por tu tiempo; tu evaluación estará lista en un momento. ¡Hasta luego!',
    closingOnLeaving:
      'Claro, no hay problema. Gracias por tu tiempo; tu evaluación de lo que respondiste estará lista en un momento. ¡Mucha suerte, hasta luego!',
    apologyOnError: 'Lo siento, tuve un problema técnico y debo terminar la entrevista aquí. Por favor, inténtalo de nuevo en un momento.',
    reminders: [
      'Tómate tu tiempo. ¿Quieres que repita o reformule la pregunta?',
      'Cuando quieras. Puedo decirte la pregunta otra vez, o de otra manera.',
      'Sin prisa, te escucho. Si prefieres, pasamos a otra pregunta.',
    ],
    followUp: 'Concretemos un poco más. ¿Qué hiciste tú y cómo salió?',
    acknowledgements: [
      'Gracias.',
      'Entendido, gracias.',
      'Tiene sentido.',
      'Gracias por explicarlo.',
      'Muy bien, queda claro.',
      'De acuerdo.',
      'Perfecto, gracias.',
    ],
    gapAcknowledgements: ['Gracias por decírmelo con franqueza.', 'Entendido, gracias por aclararlo.', 'Gracias, es bueno saberlo.'],
    lastQuestion: 'Antes de terminar, ¿hay algo que quieras preguntarme sobre el puesto?',
    clarifyLastQuestion:
      'Claro: puedes preguntarme lo que quieras del puesto, el equipo, el horario o los próximos pasos, y también está bien no tener preguntas.',
    askAbout: (p, kind, onResume, variant) =>
      pick(
        {
          tool: onResume
            ? [
                `El puesto pide ${p}, y tu currículum muestra experiencia en eso: cuéntame un trabajo concreto en el que te sirvió y qué resultado tuvo.`,
                `Cuéntame lo más exigente que has hecho con ${p} y cuál fue tu parte.`,
                `¿Qué problema resolviste con ${p} y cómo lo abordaste?`,
              ]
            : [
                `Este puesto trabaja con ${p}: ¿qué experiencia tienes con eso, o con lo más parecido que conozcas?`,
                `¿Qué has hecho con ${p}, o con algo parecido, que muestre que te pondrías al día rápido aquí?`,
                `¿Cómo te pondrías al día con ${p} en tus primeras semanas, a partir de lo que ya has usado?`,
              ],
          credential: onResume
            ? [
                `El puesto pide ${p}, que tu currículum muestra: ¿cómo influye en tu trabajo del día a día?`,
                `¿En qué situación de tu trabajo reciente te sirvió más tener ${p}?`,
              ]
            : [`La oferta pide ${p}: ¿en qué punto estás con eso?`, `¿Cómo estás con ${p}, que este puesto exige?`],
          task: onResume
            ? [
                `El puesto incluye ${p}, y tu currículum muestra experiencia en eso: cuéntame una ocasión concreta, cuál fue tu parte y el resultado.`,
                `Explícame paso a paso cómo manejaste ${p} la última vez.`,
                `¿Qué te sorprendió la última vez que trabajaste en ${p}, y qué hiciste al respecto?`,
              ]
            : [
                `Este puesto incluye ${p}: cuéntame una vez que hiciste algo así, o lo más cercano que hayas hecho.`,
                `¿Cómo abordarías ${p} aquí, a partir de algo parecido que hayas hecho?`,
                `¿Qué experiencia tienes con ${p}, aunque sea en otro contexto?`,
              ],
        }[kind],
        variant,
      ),
    probes: [
      '¿Qué hiciste tú y cómo salió?',
      '¿Cuál fue tu parte concreta y qué cambió gracias a ella?',
      momentProbes.es,
      '¿Cómo supiste que había funcionado, hubo algo que pudieras medir?',
      '¿Qué harías distinto si lo hicieras de nuevo?',
    ],
    momentProbe: momentProbes.es,
    makeConcrete: 'Concretemos un poco más.',
    followUpOn: (term) => `Mencionaste ${term}.`,
    followUpOnClause: (clause) => `Dijiste: «${clause}».`,
    followUpOnQuote: (quote) => `Dijiste: «${quote}».`,
    secondPerson: null,
    dontKnowLines: [
      'No pasa nada: decirlo es mejor que adivinar, y lo tengo en cuenta. Sigamos.',
      'Sin problema, veamos otra cosa.',
      'De acuerdo, dejamos esa.',
    ],
    dontKnow: 'No pasa nada: decirlo es mejor que adivinar, y lo tengo en cuenta. Sigamos.',
    redirect: '¡Entiendo! Volvamos al puesto: cuando quieras, me gustaría escuchar tu respuesta a mi pregunta.',
    redirects: [
      '¡Entiendo! Volvamos al puesto: cuando quieras, me gustaría escuchar tu respuesta a mi pregunta.',
      'Te escucho. Sigamos con la entrevista, eso sí: ¿cómo responderías a mi pregunta?',
    ],
    otherLanguage: 'Sigamos la entrevista en español, por favor, para que tu evaluación coincida. ¿Puedes responder en español?',
    answerFromJob: (excerpt) => `La descripción del puesto dice: ${excerpt}`,
    deferQuestion: 'La descripción del puesto no lo dice, así que conviene preguntarlo al equipo de selección.',
    backToQuestion: 'Ahora, cuando quieras, volvamos a mi pregunta.',
    // A sentence of its own: in Spanish and Portuguese a capital after a colon would be wrong.
    repeatLeads: ['Claro, te la repito.', 'Por supuesto, otra vez.', 'Sin problema, te la digo una vez más.'],
    clarifyAgain: 'Claro. Como en la anterior, sirve cualquier ejemplo real tuyo: cuéntame qué pasó, qué hiciste tú y cómo salió.',
    clarifyCredential:
      'Claro. El puesto pide esa acreditación: cuéntame una vez en tu trabajo reciente en que haya importado, qué hiciste con ella y cómo salió.',
    clarifyTopic: (about) => `Aquí, el ejemplo que buscamos es uno con ${about}.`,
    clarify: {
      behavioural:
        'Claro. Busco una situación real de tu experiencia, en el trabajo, en tus estudios o en otro ámbito: qué estaba pasando, qué hiciste tú y cómo terminó.',
      technical_depth:
        'Claro. Elige un trabajo que hayas hecho tú, sea cual sea tu oficio, y explícame cómo lo hiciste y por qué lo hiciste así. No hay una única respuesta correcta.',
      problem_solving:
        'Claro. Piensa en un problema que tuviste que resolver: cómo averiguaste qué fallaba, qué probaste y qué lo resolvió al final.',
      communication:
        'Claro. Piensa en una conversación difícil, con un colega, un cliente o tu jefe: cuál era el desacuerdo, qué dijiste o hiciste y cómo terminó.',
      role_fit:
        'Claro. Me interesa saber por qué te atrae este puesto y en qué te centrarías en tus primeros meses. Lo que cuenta son tus propias razones.',
    },
    youreWelcome: '¡De nada! Todavía tenemos algo de tiempo, así que sigamos.',
    moveOnAfterSilence: 'No pasa nada, probemos con otra pregunta.',
    revisit: (term, n) =>
      [`Tenemos tiempo para profundizar, así que vuelvo a ${term}.`, `Antes mencionaste ${term}.`, `Volvamos un momento a ${term}.`][
        n % REVISIT_WORDINGS
      ] ?? '',
    revisitClause: (clause, n) =>
      [
        `Tenemos tiempo para profundizar, así que vuelvo a cuando dijiste: «${clause}».`,
        `Antes dijiste: «${clause}».`,
        `Volvamos un momento a cuando dijiste: «${clause}».`,
      ][n % REVISIT_WORDINGS] ?? '',
    storyAbout: (p, onResume) =>
      onResume
        ? `Tu currículum muestra experiencia en ${p}. Cuéntame el problema más difícil que enfrentaste con eso: cuál era la situación, qué hiciste y qué pasó.`
        : `Cuéntame el problema más difícil que enfrentaste en un trabajo cercano a ${p}: cuál era la situación, qué hiciste y qué pasó.`,
    askAboutClaim: (c) => `Tu currículum dice: «${c}». Explícame cómo lo hiciste, qué parte hiciste tú y cómo resultó.`,
    storyAboutClaim: (c) =>
      `Tu currículum dice: «${c}». Cuéntame el problema más difícil que enfrentaste en ese trabajo: cuál era la situación, qué hiciste y qué pasó.`,
    disagreementAboutClaim: (c) =>
      `Tu currículum dice: «${c}». Piensa en una vez que no estuviste de acuerdo con un colega o tu jefe en ese trabajo. ¿Cómo lo manejaste?`,
    disagreementAbout: (p) =>
      `Piensa en una vez que no estuviste de acuerdo con un colega o tu jefe sobre ${p}, o algo parecido. ¿Cómo lo manejaste?`,
    deeperQuestions: [
      '¿Qué alternativas consideraste ahí, y por qué elegiste la que elegiste?',
      '¿Cuál era el mayor riesgo, y cómo lo manejaste?',
      '¿Quién no estaba de acuerdo contigo en el camino, y cómo lo convenciste?',
      'Mirando atrás, ¿qué cambiarías de cómo lo hiciste?',
      '¿Qué te enseñó eso que sigas usando hoy en tu trabajo?',
    ],
  },
  'pt-BR': {
    timeWarning: (n) => `Só para você saber, temos mais ${n === 1 ? 'um minuto' : `${n} minutos`}.`,
    closingOnTime:
      'Chegamos ao fim do tempo, então vamos parar por aqui. Obrigado pelas suas respostas. Seu feedback ficará pronto em instantes. Até mais!',
    closingOnMismatch:
      'Obrigado por compartilhar sua trajetória. Pelo que você me contou, esta vaga pede uma experiência bem diferente da sua, então prefiro não tomar mais do seu tempo hoje. Seu feedback ainda vai destacar seus pontos fortes. Boa sorte!',
    closingAfterLastQuestion:
      'Essas eram todas as minhas perguntas. Obrigado pelo seu tempo; seu feedback ficará pronto em instantes. Até mais!',
    closingOnLeaving:
      'Claro, sem problema. Obrigado pelo seu tempo; seu feedback sobre o que você respondeu ficará pronto em instantes. Boa sorte, até mais!',
    apologyOnError: 'Desculpe, tive um problema técnico e preciso encerrar a entrevista aqui. Por favor, tente novamente em instantes.',
    reminders: [
      'Fique à vontade. Quer que eu repita ou reformule a pergunta?',
      'Quando quiser. Posso dizer a pergunta de novo, ou de outro jeito.',
      'Sem pressa, estou ouvindo. Se essa não combina com você, podemos passar para outra.',
    ],
    followUp: 'Vamos deixar isso mais concreto. O que você fez e como terminou?',
    acknowledgements: [
      'Obrigado.',
      'Entendi, obrigado.',
      'Faz sentido.',
      'Obrigado por explicar.',
      'Certo, ficou claro.',
      'Combinado.',
      'Ótimo, obrigado.',
    ],
    gapAcknowledgements: ['Obrigado pela franqueza.', 'Entendi, obrigado por esclarecer.', 'Obrigado, é bom saber.'],
    lastQuestion: 'Antes de terminarmos, há algo que você gostaria de me perguntar sobre a vaga?',
    clarifyLastQuestion:
      'Claro: pode me perguntar o que quiser sobre a vaga, a equipe, o horário ou os próximos passos, e tudo bem não ter perguntas.',
    askAbout: (p, kind, onResume, variant) =>
      pick(
        {
          tool: onResume
            ? [
                `A vaga pede ${p}, e seu currículo mostra experiência nisso: me conte um trabalho concreto em que você usou isso e qual foi o resultado.`,
                `Me conte a coisa mais exigente que você já fez com ${p}, e qual foi a sua parte.`,
                `Que problema você resolveu com ${p}, e como fez isso?`,
              ]
            : [
                `Esta vaga trabalha com ${p}: como você já usou isso, ou o mais parecido que conhece?`,
                `O que você já fez com ${p}, ou com algo parecido, que mostre que daria conta aqui?`,
                `Como você se atualizaria em ${p} nas primeiras semanas, a partir do que já usou?`,
              ],
          credential: onResume
            ? [
                `A vaga pede ${p}, que seu currículo mostra: como isso influencia seu trabalho no dia a dia?`,
                `Em que situação do seu trabalho recente ter ${p} fez mais diferença?`,
              ]
            : [`A vaga pede ${p}: em que ponto você está com isso?`, `Como você está em relação a ${p}, que esta vaga exige?`],
          task: onResume
            ? [
                `A vaga envolve ${p}, e seu currículo mostra experiência nisso: me conte uma vez em que você fez isso, a sua parte e o resultado.`,
                `Me explique passo a passo como você conduziu ${p} da última vez.`,
                `O que te surpreendeu da última vez que você trabalhou com ${p}, e o que você fez?`,
              ]
            : [
                `Esta vaga envolve ${p}: me conte uma vez em que você fez algo assim, ou o mais próximo que já fez.`,
                `Como você abordaria ${p} aqui, a partir de algo parecido que já fez?`,
                `Que experiência você tem com ${p}, mesmo em outro contexto?`,
              ],
        }[kind],
        variant,
      ),
    probes: [
      'O que você fez e como terminou?',
      'Qual foi a sua parte concreta, e o que mudou por causa dela?',
      momentProbes['pt-BR'],
      'Como você soube que tinha dado certo, havia algo que você pudesse medir?',
      'O que você faria diferente se fizesse de novo?',
    ],
    momentProbe: momentProbes['pt-BR'],
    makeConcrete: 'Vamos deixar isso mais concreto.',
    followUpOn: (term) => `Você mencionou ${term}.`,
    followUpOnClause: (clause) => `Você disse: “${clause}”.`,
    followUpOnQuote: (quote) => `Você disse: “${quote}”.`,
    secondPerson: null,
    dontKnowLines: [
      'Tudo bem: dizer isso é melhor do que chutar, e já anotei. Vamos seguir.',
      'Sem problema, vamos ver outra coisa.',
      'Certo, deixamos essa de lado.',
    ],
    dontKnow: 'Tudo bem: dizer isso é melhor do que chutar, e já anotei. Vamos seguir.',
    redirect: 'Entendi! Vamos voltar à vaga: quando quiser, gostaria de ouvir sua resposta à minha pergunta.',
    redirects: [
      'Entendi! Vamos voltar à vaga: quando quiser, gostaria de ouvir sua resposta à minha pergunta.',
      'Te ouço. Mas vamos seguir com a entrevista: como você responderia à minha pergunta?',
    ],
    otherLanguage: 'Vamos continuar a entrevista em português, por favor, para que sua avaliação corresponda. Pode responder em português?',
    answerFromJob: (excerpt) => `A descrição da vaga diz: ${excerpt}`,
    deferQuestion: 'A descrição da vaga não diz, então vale perguntar à equipe de seleção.',
    backToQuestion: 'Agora, quando quiser, voltamos à minha pergunta.',
    repeatLeads: ['Claro, vou repetir.', 'Claro, mais uma vez.', 'Sem problema, repito mais uma vez.'],
    clarifyAgain: 'Claro. Como na anterior, vale qualquer exemplo real seu: me conta o que aconteceu, o que você fez e como terminou.',
    clarifyCredential:
      'Claro. A vaga pede essa qualificação: me conte uma vez no seu trabalho recente em que ela fez diferença, o que você fez com ela e como foi.',
    clarifyTopic: (about) => `Aqui, o exemplo que buscamos é um com ${about}.`,
    clarify: {
      behavioural:
        'Claro. Procuro uma situação real da sua experiência, no trabalho, nos estudos ou em outro lugar: o que estava acontecendo, o que você fez e como terminou.',
      technical_depth:
        'Claro. Escolha um trabalho que você mesmo fez, seja qual for a sua área, e me explique como fez e por que fez daquele jeito. Não existe uma única resposta certa.',
      problem_solving:
        'Claro. Pense em um problema que você precisou resolver: como descobriu o que estava errado, o que tentou e o que resolveu no fim.',
      communication:
        'Claro. Pense em uma conversa difícil, com um colega, um cliente ou um gestor: qual era a discordância, o que você disse ou fez e como terminou.',
      role_fit: 'Claro. Quero saber por que esta vaga te atrai e no que você focaria nos primeiros meses. O que conta são os seus motivos.',
    },
    youreWelcome: 'De nada! Ainda temos um tempinho, então vamos continuar.',
    moveOnAfterSilence: 'Sem problema, vamos tentar outra pergunta.',
    // "sobre X", never "a X": "voltar à PCR" takes a crase that only the noun's gender decides.
    revisit: (term, n) =>
      [
        `Temos tempo para aprofundar, então quero voltar ao que você disse sobre ${term}.`,
        `Antes você mencionou ${term}.`,
        `Vamos voltar um momento ao que você contou sobre ${term}.`,
      ][n % REVISIT_WORDINGS] ?? '',
    revisitClause: (clause, n) =>
      [
        `Temos tempo para aprofundar, então quero voltar a quando você disse: “${clause}”.`,
        `Antes você disse: “${clause}”.`,
        `Vamos voltar um momento a quando você disse: “${clause}”.`,
      ][n % REVISIT_WORDINGS] ?? '',
    storyAbout: (p, onResume) =>
      onResume
        ? `Seu currículo mostra experiência em ${p}. Me conte o problema mais difícil que você enfrentou com isso: qual era a situação, o que você fez e o que aconteceu.`
        : `Me conte o problema mais difícil que você enfrentou num trabalho próximo de ${p}: qual era a situação, o que você fez e o que aconteceu.`,
    askAboutClaim: (c) => `Seu currículo diz: "${c}". Me explique como você fez isso, qual foi a sua parte e como terminou.`,
    storyAboutClaim: (c) =>
      `Seu currículo diz: "${c}". Me conte o problema mais difícil que você enfrentou nesse trabalho: qual era a situação, o que você fez e o que aconteceu.`,
    disagreementAboutClaim: (c) =>
      `Seu currículo diz: "${c}". Pense numa vez em que você discordou de um colega ou do seu gestor nesse trabalho. Como você lidou com isso?`,
    disagreementAbout: (p) =>
      `Pense numa vez em que você discordou de um colega ou do seu gestor sobre ${p}, ou algo parecido. Como você lidou com isso?`,
    deeperQuestions: [
      'Que alternativas você considerou ali, e por que escolheu a que escolheu?',
      'Qual era o maior risco, e como você lidou com ele?',
      'Quem discordou de você no caminho, e como você convenceu essa pessoa?',
      'Olhando para trás, o que você mudaria na forma como fez?',
      'O que isso te ensinou que você ainda usa no seu trabalho hoje?',
    ],
  },
};
