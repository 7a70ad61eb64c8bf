/** Real or coached: the form, the room, the report and the history, en. */
export const enCoaching = {
  mode: {
    label: 'Mode',
    options: { real: 'Real interview', coached: 'Coached practice' },
    hints: {
      real: 'As it would run: no help during the interview, time warnings near the end; counts in your progress.',
      coached: 'After each answer you hear one short tip before the next question, and no time warnings; not counted in your progress.',
    },
    summary: { real: 'Real', coached: 'Coached' },
    reportNote: 'Coached session: a tip followed each answer, so this report is not counted in your progress.',
    readerNote: 'Coached session: the candidate heard a tip after each answer.',
    trendNote: 'Coached sessions are practice and stay out of this chart.',
  },
};
