export { beginMessage, openingQuestion, type BeginMessageInput } from './begin-message.ts';
export { congruencyHeuristic, type CongruencyVerdict } from './congruency-heuristic.ts';
export {
  congruencyJsonSchema,
  congruencyMessages,
  MISMATCH_CONFIDENCE_THRESHOLD,
  type TranscriptTurn,
} from './congruency-prompt.ts';
export { detectField, type FieldDetection } from './detect-field.ts';
export { fieldIds, fieldNames, type FieldId } from './fields.ts';
export { interviewerSystemPrompt, timeNote, type InterviewerBrief } from './interviewer-prompt.ts';
export { questionPlan, type BankQuestion, type Competency } from './question-bank.ts';
export { scriptedInterviewerTurn, SHORT_ANSWER_WORDS, type ScriptedTurn } from './scripted-interviewer.ts';
export { spokenLines, type SpokenLines } from './spoken-lines.ts';
export { feedbackMessages, FEEDBACK_TRANSCRIPT_MAX_CHARS, type FeedbackPromptInput } from './feedback-prompt.ts';
export { feedbackLines, type FeedbackLines } from './feedback-lines.ts';
export { foldText, tokenize } from './fold-text.ts';
