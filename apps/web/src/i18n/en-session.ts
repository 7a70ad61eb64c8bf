/** The session's setup (length, kind, seniority): the form, the report and the history, en. */
export const enSession = {
  session: {
    legend: 'Your session',
    length: 'Length',
    lengthOption_one: '{{count}} minute',
    lengthOption_other: '{{count}} minutes',
    lengthHint: 'Shorter sessions ask fewer questions; every interview costs one credit, whatever its length.',
    kind: 'Kind of interview',
    kinds: { behavioural: 'Behavioral', technical: 'Technical', mixed: 'Mixed' },
    kindHints: {
      behavioural: 'Stories from your past work: the situation, what you did and how it ended.',
      technical: 'The skills, tools and methods the job asks for, and how you have used them.',
      mixed: 'Both: questions on the job’s skills and stories from your past work.',
    },
    seniority: 'Level',
    seniorities: { junior: 'Junior', mid: 'Mid-level', senior: 'Senior' },
    seniorityHints: {
      junior: 'Coursework, internships and first jobs count; one question is about learning fast.',
      mid: 'Questions pitched at someone who already owns their work.',
      senior: 'More about ownership and trade-offs; one question is about leading others.',
    },
    summary: '{{minutes}} min · {{kind}} · {{seniority}}',
  },
};
