/**
 * When to ask the voice provider for a call's recording again. Retell's recording URLs can
 * be signed ("opt_in_signed_url": they expire 24 hours after Retell makes them), and we do not
 * know exactly when it made the one we hold, only when we were given it.
 */
export const recordingPolicy = {
  /** A URL we were given is trusted this long, half of Retell's 24 hours: room for a late webhook and a page left open. */
  freshForMs: 12 * 60 * 60_000,
  /** No URL yet (Retell makes it some time after the call ends): ask again at most this often. */
  askAgainWhenMissingAfterMs: 60_000,
} as const;

export interface StoredRecording {
  url: string | null;
  /** When the provider was last asked (its webhook or `call.retrieve`); null: never. */
  checkedAt: Date | null;
}

/** Whether the recording is missing or stale enough to read the call from the provider again. */
export function recordingReadDue(stored: StoredRecording, now: Date): boolean {
  if (!stored.checkedAt) return true;
  const age = now.getTime() - stored.checkedAt.getTime();
  return age >= (stored.url ? recordingPolicy.freshForMs : recordingPolicy.askAgainWhenMissingAfterMs);
}
