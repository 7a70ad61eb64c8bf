import type { Messages } from './en.ts';

/** Real o con guía: el formulario, la sala, el informe y el historial, es. */
export const esCoaching: Pick<Messages, 'mode'> = {
  mode: {
    label: 'Modo',
    options: { real: 'Entrevista real', coached: 'Práctica con guía' },
    hints: {
      real: 'Como sería de verdad: sin ayuda durante la entrevista, avisos de tiempo cerca del final; cuenta en tu progreso.',
      coached: 'Tras cada respuesta oyes un consejo breve antes de la siguiente pregunta, sin avisos de tiempo; no cuenta en tu progreso.',
    },
    summary: { real: 'Real', coached: 'Con guía' },
    reportNote: 'Sesión con guía: cada respuesta recibió un consejo, así que este informe no cuenta en tu progreso.',
    readerNote: 'Sesión con guía: la persona candidata oyó un consejo tras cada respuesta.',
    trendNote: 'Las sesiones con guía son práctica y quedan fuera de este gráfico.',
  },
};
