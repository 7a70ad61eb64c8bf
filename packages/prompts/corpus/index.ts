/** The labelled corpora and their scoring, for the benchmark and anyone measuring the classifiers. */
export { jobPostCorpus, type JobPost } from './job-post-corpus.ts';
export { fitCaseCorpus, freshFitCases, type FitCase } from './fit-case-corpus.ts';
export { formatFieldScore, scoreFields, type FieldOutcome } from './field-evaluation.ts';
export { formatFitScore, scoreFit } from './fit-evaluation.ts';
export { evaluateInterviewer, type InterviewerScore } from './interviewer-evaluation.ts';
export { evaluateReviewer, reviewContradictions, type ReviewerScore } from './reviewer-evaluation.ts';
export { gradedAnswerCorpus, spearman, type GradedAnswer } from './graded-answer-corpus.ts';
export {
  personaIds,
  simulatedCandidates,
  type PersonaId,
  type SimulatedCandidate,
  type SimulatedScenario,
} from './simulated-candidates.ts';
export {
  formatRubricTable,
  rubricChecks,
  rubricScore,
  ruleBasedRubric,
  type PlayedInterview,
  type PlayedTurn,
  type RubricCheck,
  type RubricResult,
} from './interview-rubric.ts';
export {
  independentDirectory,
  independentFitCases,
  independentGradedAnswers,
  independentInterviews,
  independentPosts,
  independentScenarios,
  independentUtterances,
  labelledActs,
  tuningDirectory,
  type IndependentInterview,
  type LabelledAct,
} from './independent-sets.ts';
export { actTaken, scoreActs, type ActScore } from './act-evaluation.ts';
export {
  hintContradictionFigures,
  labelAgreement,
  labelledHintDisagreements,
  latentHintDisagreements,
  toldReadingAgreement,
  type HintFigures,
  type HintFinding,
  type LabelFigures,
  type LatentFigures,
  type ReadingAgreement,
} from './hint-evaluation.ts';
