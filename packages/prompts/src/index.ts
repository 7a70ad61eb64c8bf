export { beginMessage, openingQuestion, type BeginMessageInput } from './begin-message.ts';
export { checkFit, type FitCheckInput, type FitVerdict } from './fit-check/check-fit.ts';
export { fitOfInterview } from './fit-check/fit-of-interview.ts';
export { fitPreview, type FitPreview, type FitPreviewInput } from './fit-check/fit-preview.ts';
export { jobRequirements, type JobRequirement } from './fit-check/job-requirements.ts';
export { congruencyJsonSchema, congruencyMessages, MISMATCH_CONFIDENCE_THRESHOLD, type TranscriptTurn } from './congruency-prompt.ts';
export { detectField, type FieldDetection, type FieldDetectionInput } from './field-detection/detect-field.ts';
export { fieldJsonSchema, fieldMessages } from './field-detection/field-prompt.ts';
export { fieldIds, fieldNames, type FieldId } from './fields.ts';
export { interviewerSystemPrompt, timeNote, type InterviewerBrief } from './interviewer-prompt.ts';
export { foreignScriptAt } from './script-drift.ts';
export { interviewerConversation, type ConversationMessage } from './interviewer-conversation.ts';
export { questionPlan, type BankQuestion, type Competency } from './question-bank.ts';
export { interviewPlan, type PlanBrief, type PlannedQuestion } from './interview-plan.ts';
export { ruledOut } from './listening/denied-experience.ts';
export { requirementPhrases, type RequirementPhrase } from './listening/requirement-phrases.ts';
export { readDialogAct, type DialogAct } from './listening/dialog-act.ts';
export { asideReader } from './listening/heard-as-aside.ts';
export { scriptedInterviewerTurn, type ScriptedTurn } from './scripted-interviewer.ts';
export type { InterviewPace } from './listening/pacing.ts';
export { mostQuestionsIn } from './listening/pacing.ts';
export { revisitWordings, spokenLines, type SpokenLines } from './spoken-lines.ts';
export { feedbackMessages, FEEDBACK_TRANSCRIPT_MAX_CHARS, type FeedbackPromptInput } from './feedback-prompt.ts';
export { feedbackLines, type FeedbackLines } from './feedback-lines.ts';
export { foldText, tokenize } from './fold-text.ts';
export { sentenceCase } from './sentence-case.ts';
export { reviewAnswer, type AnswerReview, type ReviewAnswerInput, type ReviewPoint } from './review/review-answer.ts';
export { withoutWordsToReviewer } from './review/words-to-the-reviewer.ts';
export {
  checkedExample,
  exampleFindings,
  strongerAnswer,
  strongerAnswerText,
  type ExampleFacts,
  type StrongerAnswer,
} from './stronger-answer/stronger-answer.ts';
export { coachingHint, hintFromReview, type CoachingHint, type HintAsk } from './coaching/coaching-hint.ts';
