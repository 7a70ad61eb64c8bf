/**
 * Where a live call is, one explicit state instead of flags:
 * - waiting: loaded, no socket yet;
 * - live: a socket is attached and the interview runs;
 * - reconnecting: the socket dropped; it may come back within the grace period;
 * - closing: the interview has ended (recorded), the socket stays for the caller to hang up;
 * - ended: ended and let go of;
 * - handed_over: this process let the call go on elsewhere (shutdown, or it reconnected to another instance).
 */
export type CallPhase = 'waiting' | 'live' | 'reconnecting' | 'closing' | 'ended' | 'handed_over';

/** The interview itself is over here: no reply, no timer, no save (but the final one) may follow. */
export function isOver(phase: CallPhase): boolean {
  return phase === 'closing' || phase === 'ended' || phase === 'handed_over';
}

/** The interview has ended for the record (not merely moved to another process). */
export function hasEnded(phase: CallPhase): boolean {
  return phase === 'closing' || phase === 'ended';
}
