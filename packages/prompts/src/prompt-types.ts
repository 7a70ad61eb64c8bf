import type { InterviewMode, Language, Seniority, SessionKind, WeakSpotFocus } from '@voxly/config';
import type { FieldId } from './fields.ts';

// Types the prompts and their parts share. They live in one file at the bottom of the package
// so that a part (fit-check, review) never imports the prompt that composes it.

export interface TranscriptTurn {
  role: 'agent' | 'user';
  content: string;
}

export interface InterviewerBrief {
  candidateName: string;
  jobTitle: string;
  jobDescription: string;
  resumeText: string;
  field: FieldId;
  language: Language;
  /** The session the candidate chose (absent: the defaults, 15 minutes, mixed, mid). */
  lengthMinutes?: number;
  kind?: SessionKind;
  seniority?: Seniority;
  /** What the last report found hard, when the candidate asked to focus on it (read by the server, never sent by the client). */
  focus?: WeakSpotFocus | null;
  /** Coached: the server gives a hint after each answer, so the interviewer does not follow the answer up itself (absent: real). */
  mode?: InterviewMode;
}

export type AnswerVerdictKind = 'empty' | 'no_answer' | 'declined' | 'off_topic' | 'answer';
