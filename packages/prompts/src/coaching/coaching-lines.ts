import type { Language } from '@voxly/config';

interface CoachingLines {
  /** Introduces the hint, so it is heard as a hint and not as the next question. */
  lead: string;
  /** For an answer the review finds nothing to improve in: keep its shape. */
  keepGoing: string;
}

/** What the coach says around the review's line, per language. */
export const coachingLines: Record<Language, CoachingLines> = {
  en: {
    lead: 'A tip before we go on:',
    keepGoing: 'That answer had what it needs; keep that shape.',
  },
  es: {
    lead: 'Un consejo antes de seguir:',
    keepGoing: 'Esa respuesta tenía lo que necesita; mantén esa forma.',
  },
  'pt-BR': {
    lead: 'Uma dica antes de continuar:',
    keepGoing: 'Essa resposta tinha o que precisa; mantenha esse formato.',
  },
};
