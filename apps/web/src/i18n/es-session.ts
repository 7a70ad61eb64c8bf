import type { Messages } from './en.ts';

/** La configuración de la sesión (duración, tipo, nivel): es. */
export const esSession: Pick<Messages, 'session'> = {
  session: {
    legend: 'Tu sesión',
    length: 'Duración',
    lengthOption_one: '{{count}} minuto',
    lengthOption_other: '{{count}} minutos',
    lengthHint: 'Las sesiones más cortas tienen menos preguntas; cada entrevista cuesta un crédito, dure lo que dure.',
    kind: 'Tipo de entrevista',
    kinds: { behavioural: 'Conductual', technical: 'Técnica', mixed: 'Mixta' },
    kindHints: {
      behavioural: 'Historias de tu trabajo: la situación, qué hiciste y cómo terminó.',
      technical: 'Las habilidades, herramientas y métodos que pide el puesto, y cómo los usaste.',
      mixed: 'Las dos cosas: preguntas sobre lo que pide el puesto e historias de tu trabajo.',
    },
    seniority: 'Nivel',
    seniorities: { junior: 'Junior', mid: 'Semi senior', senior: 'Senior' },
    seniorityHints: {
      junior: 'Cuentan los cursos, las pasantías y los primeros trabajos; una pregunta es sobre aprender rápido.',
      mid: 'Preguntas para alguien que ya se hace cargo de su trabajo.',
      senior: 'Más sobre responsabilidad y decisiones difíciles; una pregunta es sobre liderar a otros.',
    },
    summary: '{{minutes}} min · {{kind}} · {{seniority}}',
  },
};
