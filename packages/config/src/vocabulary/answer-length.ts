/** An answer under this many words is short: the interviewer asks for an example, the report counts it. */
export const SHORT_ANSWER_WORDS = 12;
/** An answer over this many words is very long: the report counts it. */
export const LONG_ANSWER_WORDS = 250;
