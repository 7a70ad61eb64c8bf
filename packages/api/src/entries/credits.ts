/** `@voxly/api/credits`: the ledger and the users it belongs to. */
export { appendLedgerEntry, getBalance, InsufficientCreditsError } from '../domain/credits/ledger.ts';
export { ensureUser } from '../domain/users/ensure-user.ts';
export { defaultMirrorDrainTimings, drainBalanceMirror, type MirrorDrainTimings } from '../domain/credits/balance-mirror-outbox.ts';
export { noBalanceMirror, type BalanceMirror } from '../ports/balance-mirror-port.ts';
