import { interviewPolicy, type InterviewPolicy } from './interview-policy.ts';

/** How long an interview runs, in minutes: what the candidate picks on the form. */
export const sessionLengths = [5, 10, 15] as const;
export type SessionLength = (typeof sessionLengths)[number];

/** What the interviewer asks about: stories of past work, the role's skills, or both. */
export const sessionKinds = ['behavioural', 'technical', 'mixed'] as const;
export type SessionKind = (typeof sessionKinds)[number];

/** The level the interview is pitched at. */
export const seniorities = ['junior', 'mid', 'senior'] as const;
export type Seniority = (typeof seniorities)[number];

export interface SessionSetup {
  lengthMinutes: SessionLength;
  kind: SessionKind;
  seniority: Seniority;
}

/** What an interview is when the candidate changes nothing, and what every interview before the choice existed was. */
export const defaultSessionSetup: SessionSetup = { lengthMinutes: 15, kind: 'mixed', seniority: 'mid' };

/**
 * The clock of an interview of `minutes`, from the base policy (written for 15 minutes):
 * the end and the fit-check window scale with the length, the warnings keep their distance
 * from the end ("3 minutes left", "1 minute left"), and a call our side broke is refunded
 * before the same share of it. The price does not change: one credit per interview,
 * whatever its length (ADR 0026). Pure.
 */
export function policyForLength(minutes: number, base: InterviewPolicy = interviewPolicy): InterviewPolicy {
  const ratio = minutes / defaultSessionSetup.lengthMinutes;
  if (ratio === 1) return base;
  const maxDurationMs = Math.round(base.maxDurationMs * ratio);
  const beforeEnd = (at: number) => Math.max(0, maxDurationMs - (base.maxDurationMs - at));
  return {
    ...base,
    maxDurationMs,
    warningsAtMs: [beforeEnd(base.warningsAtMs[0]), beforeEnd(base.warningsAtMs[1])],
    congruencyWindowMs: {
      from: Math.round(base.congruencyWindowMs.from * ratio),
      to: Math.round(base.congruencyWindowMs.to * ratio),
    },
    errorRefundBeforeMs: Math.round(base.errorRefundBeforeMs * ratio),
  };
}
