/** Words a denial or a record claimed must come within: it opens the answer (told at its end, it is a result). */
const OPENING_WORDS = 30;

/** The answer's first words, folded. */
export const opening = (folded: string) => folded.split(/\s+/).slice(0, OPENING_WORDS).join(' ');
