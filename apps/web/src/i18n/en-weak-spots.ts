/** "Focus on what I found hard last time": the form's choice, the report's change and the dashboard's next step, en. */
export const enWeakSpots = {
  weakSpots: {
    label: 'Focus on what I found hard last time',
    hint: 'The interview starts with {{competency}}, your lowest rating in your last review, and comes back to the kind of question you found hardest.',
    heading: 'Since your last interview',
    change: '{{competency}} {{before}} → {{after}} since your last interview',
    notRatedNow: '{{competency}} {{before}} → not rated this time',
    focusedOn: 'This interview focused on what you found hard last time.',
    startFocused: 'Start an interview focused on it',
    reader: {
      heading: "Since the candidate's last interview",
      change: '{{competency}} {{before}} → {{after}} since the last interview',
      focusedOn: 'This interview focused on what the candidate found hard last time.',
    },
  },
};
