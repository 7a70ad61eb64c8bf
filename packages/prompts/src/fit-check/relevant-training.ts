/*
 * A career changer's way in: a certificate, a bootcamp, a course or a degree in what the job
 * does ("completed Google Data Analytics certificate with a SQL capstone" for a data analyst,
 * "curso de auxiliar contable" for an accounting assistant). Where the posting does not make a
 * licence a condition, such training is a plausible start, and the check never ends on it;
 * whether it is enough is the interview's to find out. Pure; on folded tokens.
 */

/** Training completed or under way, in the three languages, folded. */
const trainingWords =
  /\b(certificate|certification|certified|bootcamp|boot camp|nanodegree|capstone|course|courses|coursework|degree|diploma|bachelor'?s?|master'?s?|mba|postgraduate|studied|studying|certificado|certificacion|certificada|curso|cursos|cursando|cursado|diplomado|diplomatura|maestria|licenciatura|grado|posgrado|especializacion|tecnicatura|certificacao|certificad[oa]|cursei|pos-graduacao|especializacao|graduacao|mestrado|tecnologo)\b/;

/** Words that name training itself, or where it was had: shared with a posting's "Formação em…", they say nothing of what was learnt. Folded. */
const aboutTraining =
  /^(formacao|formacion|formado|formada|education|educacion|educacao|training|capacitacion|treinamento|area|areas|field|campo|universidad|universidade|university|college|faculdade|facultad|escuela|escola|school|instituto|institute)$/;

/** The tokens of a claim that may say what the training was in: not the words for training or school. */
export function trainedIn(tokens: readonly string[]): string[] {
  return tokens.filter((token) => !trainingWords.test(token) && !aboutTraining.test(token));
}

/** Tokens of a clause of the candidate's that name training. */
function namesTraining(tokens: readonly string[]): boolean {
  return trainingWords.test(tokens.join(' '));
}

/**
 * The first claim that names training and speaks of the job (`aboutTheJob`: the posting's own
 * words, or the field's vocabulary): its tokens, or undefined. A short online course counts too
 * ("Google Data Analytics certificate" is taken on Coursera): the roles that ask this need no licence.
 */
export function trainingTowardsJob(
  claims: readonly (readonly string[])[],
  aboutTheJob: (tokens: readonly string[]) => boolean,
): readonly string[] | undefined {
  return claims.find((tokens) => namesTraining(tokens) && aboutTheJob(trainedIn(tokens)));
}
