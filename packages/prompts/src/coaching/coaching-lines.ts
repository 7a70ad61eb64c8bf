import type { Language } from '@voxly/config';

interface CoachingLines {
  /** Introduces the hint, so it is heard as a hint and not as the next question. */
  lead: string;
  /** For an answer the review finds nothing to improve in: keep its shape. */
  keepGoing: string;
  /** A general tip, no claim about the answer: said where the reading is unsure that what the review asks for (a result, own actions) is missing. */
  endOnChange: string;
}

/** What the coach says around the review's line, per language. */
export const coachingLines: Record<Language, CoachingLines> = {
  en: {
    lead: 'A tip before we go on:',
    keepGoing: 'That answer had what it needs; keep that shape.',
    endOnChange: 'Stories land best when the last sentence says what changed because of what you did.',
  },
  es: {
    lead: 'Un consejo antes de seguir:',
    keepGoing: 'Esa respuesta tenía lo que necesita; mantén esa forma.',
    endOnChange: 'Una historia funciona mejor cuando la última frase dice qué cambió gracias a lo que hiciste.',
  },
  'pt-BR': {
    lead: 'Uma dica antes de continuar:',
    keepGoing: 'Essa resposta tinha o que precisa; mantenha esse formato.',
    endOnChange: 'Uma história funciona melhor quando a última frase diz o que mudou por causa do que você fez.',
  },
};
