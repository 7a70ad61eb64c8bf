import type { Competency } from './vocabulary/competencies.ts';

/** How many of the last report's lowest-rated competencies, and of its worst-scored questions, a focused interview carries. */
export const weakSpotLimits = { competencies: 2, questions: 2 } as const;

/**
 * What a focused interview aims at: read by the server from the candidate's own most recent
 * finished report when the interview is created, stored with it, and never sent by the client.
 */
export interface WeakSpotFocus {
  /** The interview whose report it was read from. */
  fromInterviewId: string;
  /** Its lowest-rated competencies, weakest first, with the rating they had then (1–5). */
  competencies: { competency: Competency; rating: number }[];
  /** Its worst-scored questions, worst first, with their rating and the competency they asked about (null when not known). */
  questions: { question: string; rating: number; competency: Competency | null }[];
}
