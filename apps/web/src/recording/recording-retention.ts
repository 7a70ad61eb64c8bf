/** How long a recording of the candidate's answers stays in the browser that made it. */
export const recordingRetentionMs = 30 * 24 * 60 * 60_000;

/** A recording made at `recordedAt` (ms) is deleted from `recordedAt + 30 days` on. */
export function recordingExpired(recordedAt: number, now: number): boolean {
  return !(now - recordedAt < recordingRetentionMs);
}
