/**
 * A coached interview's hints that contradict the answer (#29): a hint asking for what the
 * answer already does ("give a figure" to an answer with one, "say what you did" to one told
 * in the first person with actions, "it was long" to a short one). Measured on the graded
 * answers: the tuning set (the hint selection was fixed on it) and the frozen independent
 * set (never tuned on). Target: 0 on both. On the tuning answers only, every improvement the
 * review lists is checked too, not only the first: the latent contradictions a change of
 * order would say aloud.
 */
import {
  gradedAnswerCorpus,
  hintContradictionFigures,
  independentGradedAnswers,
  latentHintDisagreements,
  tuningDirectory,
  type HintFigures,
} from '@voxly/prompts/corpus';

const line = (name: string, f: HintFigures) =>
  `  ${name}: ${f.findings.length} of ${f.answers} hints contradict the answer; hints given: ${Object.entries(f.byAsk)
    .sort((a, b) => b[1] - a[1])
    .map(([ask, n]) => `${ask} ${n}`)
    .join(', ')}`;

/** Prints the figures on both sets, each finding on the tuning set; returns them for the verdict line. */
export function coachingHintReport(): { tuning: HintFigures; independent: HintFigures } {
  console.log('\nCoached hints (one per answer, from the local review)');
  const tuning = hintContradictionFigures(independentGradedAnswers(tuningDirectory));
  console.log(line('tuning', tuning));
  for (const f of tuning.findings) console.log(`    ${f.id} ${f.asks}: ${f.problem}: "${f.answer.slice(0, 80)}…"`);
  // Every improvement listed, on the tuning answers (the graded-answers file and the older per-language files).
  const older = gradedAnswerCorpus().map((a, i) => ({ ...a, id: `${a.language}-${a.questionId}-${i}` }));
  const latent = latentHintDisagreements([...independentGradedAnswers(tuningDirectory), ...older]);
  console.log(
    `  tuning, every improvement listed: ${latent.findings.length} of ${latent.listed} untrue of the answer (${latent.answers} answers)${Object.entries(
      latent.byAsk,
    )
      .map(([ask, n]) => `; ${ask} ${n}`)
      .join('')}`,
  );
  for (const f of latent.findings) console.log(`    ${f.id} ${f.asks}: ${f.problem}: "${f.answer.slice(0, 80)}…"`);
  // The independent set's findings are counted, not listed: reading them would be tuning on them.
  const independent = hintContradictionFigures(independentGradedAnswers());
  console.log(line('independent (frozen)', independent));
  return { tuning, independent };
}
