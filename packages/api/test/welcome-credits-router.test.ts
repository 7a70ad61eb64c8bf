import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { creditLedger } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import { routerCaller } from './support/router-caller.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

/** VOXLY_WELCOME_CREDITS: a new account's first request grants them through the ledger, once. */
describe.each(testDatabaseTargets)('the welcome credit on $name', (target) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await target.open();
  });
  afterAll(() => handle?.close());

  const welcomeRows = (userId: string) =>
    handle.db
      .select()
      .from(creditLedger)
      .where(and(eq(creditLedger.userId, userId), eq(creditLedger.reason, 'welcome')));

  it('is granted exactly once, even when a new account’s first twenty requests arrive at once', async () => {
    const caller = routerCaller(handle, { welcomeCredits: 1 });
    const carla = { userId: 'local:welcome-carla', name: 'Carla' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => caller(carla).account.me()));
    expect(answers.every((me) => me.user.name === 'Carla')).toBe(true);
    expect(await welcomeRows(carla.userId)).toHaveLength(1);
    expect(await getBalance(handle.db, carla.userId)).toBe(1);
    // Another process (its own cache of known users) meeting the same account grants nothing more.
    const otherInstance = routerCaller(handle, { welcomeCredits: 1 });
    await otherInstance(carla).account.me();
    expect(await getBalance(handle.db, carla.userId)).toBe(1);
  });

  it('is kept to one per account by the database itself, not only by the code that grants it', async () => {
    await ensureUser(handle.db, { id: 'local:welcome-dario' });
    const grants = await Promise.all(
      Array.from({ length: 5 }, () => appendLedgerEntry(handle.db, { userId: 'local:welcome-dario', delta: 2, reason: 'welcome' })),
    );
    expect(grants.filter((g) => g === 'applied')).toHaveLength(1);
    expect(await getBalance(handle.db, 'local:welcome-dario')).toBe(2);
  });

  it('is not granted to an account that existed before, nor with the default of 0', async () => {
    await ensureUser(handle.db, { id: 'local:welcome-elena', name: 'Elena' });
    await routerCaller(handle, { welcomeCredits: 1 })({ userId: 'local:welcome-elena' }).account.me();
    expect(await getBalance(handle.db, 'local:welcome-elena')).toBe(0);
    await routerCaller(handle)({ userId: 'local:welcome-fabio' }).account.me();
    expect(await getBalance(handle.db, 'local:welcome-fabio')).toBe(0);
    expect(await welcomeRows('local:welcome-fabio')).toHaveLength(0);
  });
});
