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
    followUp: 'Você pode ser mais concreto? Me conte uma situação específica: o que você fez e qual foi o resultado.',
    acknowledgements: ['Obrigado.', 'Entendi, obrigado.', 'Faz sentido.', 'Obrigado por explicar.'],
    lastQuestion: 'Antes de terminarmos, há algo que você gostaria de me perguntar sobre a vaga?',
  },
};
