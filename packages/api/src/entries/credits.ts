/** `@voxly/api/credits`: the ledger and the users it belongs to. */
export { appendLedgerEntry, getBalance, InsufficientCreditsError } from '../domain/credits/ledger.ts';
export { ensureUser } from '../domain/users/ensure-user.ts';
