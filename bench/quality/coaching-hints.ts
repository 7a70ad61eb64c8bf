/**
 * A coached interview's hints that contradict the answer (#29): a hint asking for what the
 * answer already does ("give a figure" to an answer with one, "say what you did" to one told
 * in the first person with actions, "it was long" to a short one). Measured on the graded
 * answers: the tuning set (the hint selection was fixed on it) and the frozen independent
 * set (never tuned on). Target: 0 on both. On the tuning answers only, every improvement the
 * review lists is checked too, not only the first: the latent contradictions a change of
 * order would say aloud.
 *
 * The check reads figures, own actions and results with the reviewer's own reading, so on
 * those it cannot find the hint wrong; whether that reading is right is measured against the
 * writer's labels on the tuning rows that carry them (writer-j's `has_figure`,
 * `has_own_action`, `has_result`), and against a second reader's labels of all the tuning answers
 * (`corpus/tuning/graded-answer-facts.jsonl`), printed below as the label figures.
 */
import {
  gradedAnswerCorpus,
  hintContradictionFigures,
  independentGradedAnswers,
  labelAgreement,
  labelledHintDisagreements,
  latentHintDisagreements,
  toldReadingAgreement,
  tuningDirectory,
  type HintFigures,
  type LabelFigures,
} from '@voxly/prompts/corpus';

const line = (name: string, f: HintFigures) =>
  `  ${name}: ${f.findings.length} of ${f.answers} hints contradict the answer; hints given: ${Object.entries(f.byAsk)
    .sort((a, b) => b[1] - a[1])
    .map(([ask, n]) => `${ask} ${n}`)
    .join(', ')}`;

/** Prints the figures on both sets, each finding on the tuning set; returns them for the verdict line. */
export function coachingHintReport(): { tuning: HintFigures; independent: HintFigures; independentByLabels: LabelFigures | null } {
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
  // Against the writer's labels, not the shared reading: the figures that can find the reading wrong.
  const tuningAnswers = independentGradedAnswers(tuningDirectory);
  const labelled = tuningAnswers.flatMap((a) => (a.writerTold ? [{ ...a, told: a.writerTold }] : []));
  const byLabels = labelledHintDisagreements(labelled);
  const agreement = toldReadingAgreement(labelled);
  console.log(
    `  tuning, against the writer's labels (${labelled.length} answers): hints claiming a figure, own actions, a result or facts missing that the labels say are there ${byLabels.hintWrong.length} of ${byLabels.hintClaims}; every such improvement listed ${byLabels.listedWrong.length} of ${byLabels.listedClaims}; the shared reading agrees with the labels on figure ${agreement.figure.agree}, own action ${agreement.ownAction.agree}, result ${agreement.result.agree} of ${agreement.result.of}`,
  );
  for (const wrong of byLabels.listedWrong) console.log(`    ${wrong}`);
  // A second reader's labels on the tuning answers (same definitions as the independent set's reader).
  const read = tuningAnswers.flatMap((a) => (a.readerTold ? [{ ...a, told: a.readerTold }] : []));
  if (read.length > 0) {
    const byReader = labelledHintDisagreements(read);
    const readerAgreement = toldReadingAgreement(read);
    console.log(
      `  tuning, against the second reader's labels (${read.length} answers): hints claiming a fact missing that the labels say is there ${byReader.hintWrong.length} of ${byReader.hintClaims}; every such improvement listed ${byReader.listedWrong.length} of ${byReader.listedClaims}; the shared reading agrees with the labels on figure ${readerAgreement.figure.agree}, own action ${readerAgreement.ownAction.agree}, result ${readerAgreement.result.agree} of ${readerAgreement.result.of}`,
    );
    for (const id of byReader.hintWrong) console.log(`    ${id}`);
    const both = labelAgreement(tuningAnswers);
    console.log(
      `  tuning, the two readers' labels agree (${both.figure.of} answers both labelled): figure ${both.figure.agree}, own action ${both.ownAction.agree}, result ${both.result.agree}`,
    );
  }
  // The independent set's findings are counted, not listed: reading them would be tuning on them.
  const independentAnswers = independentGradedAnswers();
  const independent = hintContradictionFigures(independentAnswers);
  console.log(line('independent (frozen), read as the reviewer reads', independent));
  // Its own reader's labels (graded-answer-facts.jsonl): the independent figure that can find the shared reading wrong.
  const independentLabelled = independentAnswers.filter((a) => a.told);
  const independentByLabels = labelledHintDisagreements(independentLabelled);
  const independentAgreement = toldReadingAgreement(independentLabelled);
  console.log(
    `  independent, against its reader's labels (${independentLabelled.length} answers): hints claiming a figure, own actions, a result or facts missing that the labels say are there ${independentByLabels.hintWrong.length} of ${independentByLabels.hintClaims}; every such improvement listed ${independentByLabels.listedWrong.length} of ${independentByLabels.listedClaims}; the shared reading agrees with the labels on figure ${independentAgreement.figure.agree}, own action ${independentAgreement.ownAction.agree}, result ${independentAgreement.result.agree} of ${independentAgreement.result.of}`,
  );
  return { tuning, independent, independentByLabels: independentLabelled.length > 0 ? independentByLabels : null };
}
