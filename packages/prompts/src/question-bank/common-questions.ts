import { q, type BankEntry } from './bank-entry.ts';

/** Asked in every field, between the field's own questions. */
export const commonQuestions: BankEntry[] = [
  q('star-challenge', 'behavioural', {
    en: {
      text: 'Tell me about a time you faced a difficult problem at work or in a project. What was the situation, what did you do, and what happened?',
    },
    es: {
      text: 'Cuéntame de una vez que enfrentaste un problema difícil en el trabajo o en un proyecto. ¿Cuál era la situación, qué hiciste y qué pasó?',
    },
    'pt-BR': {
      text: 'Me conte sobre uma vez em que você enfrentou um problema difícil no trabalho ou em um projeto. Qual era a situação, o que você fez e o que aconteceu?',
    },
  }),
  q('conflict', 'communication', {
    en: {
      text: 'Describe a disagreement you had with a colleague or a manager. How did you handle it?',
    },
    es: {
      text: 'Descríbeme un desacuerdo que tuviste con un colega o con tu jefe. ¿Cómo lo manejaste?',
    },
    'pt-BR': {
      text: 'Descreva uma discordância que você teve com um colega ou gestor. Como você lidou com ela?',
    },
  }),
  q('motivation', 'role_fit', {
    en: {
      text: 'What would you want to achieve in your first six months here, and how would you go about it?',
    },
    es: {
      text: '¿Qué te gustaría lograr en tus primeros seis meses aquí, y cómo lo encararías?',
    },
    'pt-BR': {
      text: 'O que você gostaria de alcançar nos seus primeiros seis meses aqui, e como faria isso?',
    },
  }),
];

/** Asked by level, in interviews with behavioural questions: a junior's learning, a senior's leading. */
export const seniorityQuestions: { junior: BankEntry; senior: BankEntry } = {
  junior: q('learning', 'behavioural', {
    en: {
      text: 'Tell me about something you had to learn quickly, in a course, an internship or a job. How did you go about it, and how did it turn out?',
    },
    es: {
      text: 'Cuéntame de algo que tuviste que aprender rápido, en un curso, una pasantía o un trabajo. ¿Cómo lo encaraste y cómo te fue?',
    },
    'pt-BR': {
      text: 'Me conte sobre algo que você precisou aprender rápido, num curso, num estágio ou num trabalho. Como você fez e como foi o resultado?',
    },
  }),
  senior: q('leading', 'behavioural', {
    en: {
      text: 'Tell me about a time you led a team through a hard decision, or helped someone grow. What did you do yourself, and what came of it?',
    },
    es: {
      text: 'Cuéntame de una vez que guiaste a un equipo en una decisión difícil, o ayudaste a alguien a crecer. ¿Qué hiciste tú y qué resultó de eso?',
    },
    'pt-BR': {
      text: 'Me conte sobre uma vez em que você conduziu um time numa decisão difícil, ou ajudou alguém a crescer. O que você fez e o que resultou disso?',
    },
  }),
};
