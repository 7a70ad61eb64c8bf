import type { Language } from '@voxly/config';

/**
 * Lines the engine speaks itself, word for word, whatever the model: they carry the
 * interview's rules (time, endings), so they must not depend on a model behaving.
 */
export interface SpokenLines {
  timeWarning(minutesLeft: number): string;
  closingOnTime: string;
  closingOnMismatch: string;
  closingAfterLastQuestion: string;
  apologyOnError: string;
  reminder: string;
  followUp: string;
  acknowledgements: readonly string[];
  lastQuestion: string;
  /** Appended to a bank question: an example with a term the resume and the job share. */
  groundInResume(term: string): string;
  /** Appended to a bank question: an example with a term the job asks for. */
  groundInRole(term: string): string;
  /** A follow-up that refers to what the candidate named; it contains `followUpMarker`. */
  followUpOn(term: string): string;
  /** The part every follow-up shares, so the script knows it already asked one. */
  followUpMarker: string;
  dontKnow: string;
  redirect: string;
  otherLanguage: string;
  answerFromJob(excerpt: string): string;
  deferQuestion: string;
  backToQuestion: string;
  /** After the question met silence through two reminders: the interview moves on. */
  moveOnAfterSilence: string;
}

const minutes = (n: number) => (n === 1 ? 'one minute' : `${n} minutes`);

export const spokenLines: Record<Language, SpokenLines> = {
  en: {
    timeWarning: (n) => `Just so you know, we have about ${minutes(n)} left.`,
    closingOnTime: "We're at time, so I'll stop here. Thank you for your answers today. Your feedback will be ready in a moment. Goodbye!",
    closingOnMismatch:
      "Thank you for sharing your background. From what you've told me, this role calls for experience that's quite different from yours, so I'd rather not use more of your time on it today. Your feedback will still point out your strengths. All the best!",
    closingAfterLastQuestion: "That's all my questions. Thank you for your time today; your feedback will be ready in a moment. Goodbye!",
    apologyOnError:
      "I'm sorry, I've run into a technical problem on my side and need to end the interview here. Please try again in a moment.",
    reminder: 'Take your time. Would you like me to repeat or rephrase the question?',
    followUp: 'Could you make that more concrete? Tell me about a specific situation: what you did yourself, and what the result was.',
    acknowledgements: ['Thank you.', 'Got it, thanks.', 'That makes sense.', 'Thanks for explaining.'],
    lastQuestion: 'Before we finish, is there anything you would like to ask me about the role?',
    groundInResume: (term) => `If you can, take an example with ${term}, which your resume mentions.`,
    groundInRole: (term) => `If you can, take an example with ${term}, which this role asks for.`,
    followUpOn: (term) => `You mentioned ${term}. Tell me about a specific situation: what you did yourself, and what the result was.`,
    followUpMarker: 'what you did yourself, and what the result was',
    dontKnow: "That's fine: saying so is better than guessing, and I've noted it. Let's move on.",
    redirect: "Let's bring it back to the role.",
    otherLanguage: "Let's keep the interview in English, please, so your feedback matches it.",
    answerFromJob: (excerpt) => `Good question. From the job description: ${excerpt}`,
    deferQuestion: "Good question. The job description doesn't say, so it's one to ask the hiring team.",
    backToQuestion: 'Back to my question:',
    moveOnAfterSilence: "No problem, let's try a different question.",
  },
  es: {
    timeWarning: (n) => `Para que lo tengas en cuenta, nos ${n === 1 ? 'queda un minuto' : `quedan unos ${n} minutos`}.`,
    closingOnTime:
      'Llegamos al final del tiempo, así que terminamos aquí. Gracias por tus respuestas. Tu evaluación estará lista en un momento. ¡Hasta luego!',
    closingOnMismatch:
      'Gracias por contarme tu trayectoria. Por lo que me has dicho, este puesto pide una experiencia bastante distinta a la tuya, así que prefiero no ocupar más de tu tiempo hoy. Tu evaluación igualmente destacará tus fortalezas. ¡Mucho éxito!',
    closingAfterLastQuestion:
      'Esas son todas mis preguntas. Gracias por tu tiempo; tu evaluación estará lista en un momento. ¡Hasta luego!',
    apologyOnError: 'Lo siento, tuve un problema técnico y debo terminar la entrevista aquí. Por favor, inténtalo de nuevo en un momento.',
    reminder: 'Tómate tu tiempo. ¿Quieres que repita o reformule la pregunta?',
    followUp: '¿Podrías concretarlo más? Cuéntame una situación específica: qué hiciste tú y cuál fue el resultado.',
    acknowledgements: ['Gracias.', 'Entendido, gracias.', 'Tiene sentido.', 'Gracias por explicarlo.'],
    lastQuestion: 'Antes de terminar, ¿hay algo que quieras preguntarme sobre el puesto?',
    groundInResume: (term) => `Si puedes, pon un ejemplo con ${term}, que aparece en tu currículum.`,
    groundInRole: (term) => `Si puedes, pon un ejemplo con ${term}, que el puesto pide.`,
    followUpOn: (term) => `Mencionaste ${term}. Cuéntame una situación específica: qué hiciste tú y cuál fue el resultado.`,
    followUpMarker: 'qué hiciste tú y cuál fue el resultado',
    dontKnow: 'No pasa nada: decirlo es mejor que adivinar, y lo tengo en cuenta. Sigamos.',
    redirect: 'Volvamos al puesto.',
    otherLanguage: 'Sigamos la entrevista en español, por favor, para que tu evaluación coincida.',
    answerFromJob: (excerpt) => `Buena pregunta. Según la descripción del puesto: ${excerpt}`,
    deferQuestion: 'Buena pregunta. La descripción del puesto no lo dice, así que conviene preguntarlo al equipo de selección.',
    backToQuestion: 'Volviendo a mi pregunta:',
    moveOnAfterSilence: 'No pasa nada, probemos con otra pregunta.',
  },
  'pt-BR': {
    timeWarning: (n) => `Só para você saber, temos mais ${n === 1 ? 'um minuto' : `${n} minutos`}.`,
    closingOnTime:
      'Chegamos ao fim do tempo, então vamos parar por aqui. Obrigado pelas suas respostas. Seu feedback ficará pronto em instantes. Até mais!',
    closingOnMismatch:
      'Obrigado por compartilhar sua trajetória. Pelo que você me contou, esta vaga pede uma experiência bem diferente da sua, então prefiro não tomar mais do seu tempo hoje. Seu feedback ainda vai destacar seus pontos fortes. Boa sorte!',
    closingAfterLastQuestion:
      'Essas eram todas as minhas perguntas. Obrigado pelo seu tempo; seu feedback ficará pronto em instantes. Até mais!',
    apologyOnError: 'Desculpe, tive um problema técnico e preciso encerrar a entrevista aqui. Por favor, tente novamente em instantes.',
    reminder: 'Fique à vontade. Quer que eu repita ou reformule a pergunta?',
    followUp: 'Você pode dar mais detalhes concretos? Me conte uma situação específica: o que você fez e qual foi o resultado.',
    acknowledgements: ['Obrigado.', 'Entendi, obrigado.', 'Faz sentido.', 'Obrigado por explicar.'],
    lastQuestion: 'Antes de terminarmos, há algo que você gostaria de me perguntar sobre a vaga?',
    groundInResume: (term) => `Se puder, dê um exemplo com ${term}, que aparece no seu currículo.`,
    groundInRole: (term) => `Se puder, dê um exemplo com ${term}, que a vaga pede.`,
    followUpOn: (term) => `Você mencionou ${term}. Me conte uma situação específica: o que você fez e qual foi o resultado.`,
    followUpMarker: 'o que você fez e qual foi o resultado',
    dontKnow: 'Tudo bem: dizer isso é melhor do que chutar, e já anotei. Vamos seguir.',
    redirect: 'Vamos voltar à vaga.',
    otherLanguage: 'Vamos continuar a entrevista em português, por favor, para que sua avaliação corresponda.',
    answerFromJob: (excerpt) => `Boa pergunta. Pela descrição da vaga: ${excerpt}`,
    deferQuestion: 'Boa pergunta. A descrição da vaga não diz, então vale perguntar à equipe de seleção.',
    backToQuestion: 'Voltando à minha pergunta:',
    moveOnAfterSilence: 'Sem problema, vamos tentar outra pergunta.',
  },
};
