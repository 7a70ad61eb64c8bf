import type { InterviewerBrief } from '@voxly/prompts';
import type { FeedbackContent, FeedbackSource } from '../domain/feedback/feedback-content.ts';
import type { SpeechMetrics } from '../domain/feedback/speech-metrics.ts';
import type { StoredTurn } from '../domain/interview/transcript.ts';

export interface FeedbackRequest {
  brief: InterviewerBrief;
  transcript: StoredTurn[];
  metrics: SpeechMetrics;
  endReason: string | null;
}

/**
 * Writes the review of one interview. Writers: the language model (JSON against the
 * feedback schema) and, in local mode, the rule-based evaluator.
 */
export interface FeedbackWriter {
  readonly source: FeedbackSource;
  write(request: FeedbackRequest, signal: AbortSignal): Promise<FeedbackContent>;
}
