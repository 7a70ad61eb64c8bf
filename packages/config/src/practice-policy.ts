/**
 * "Practise this question": one question of a reviewed interview, answered again and judged
 * on its own. It costs no credit; each interview comes with this many practice answers
 * (across its questions), which keeps it a drill rather than a free interview.
 */
export const practicePolicy = {
  answersPerInterview: 3,
  /** An answer's length bound, as the live interview's turns. */
  maxAnswerChars: 4_000,
} as const;
