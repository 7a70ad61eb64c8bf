import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { openPglite } from '../../src/db/open-pglite.ts';
import { openPostgres } from '../../src/db/open-postgres.ts';

export const defaultTestDatabaseUrl = 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; close() removes it. */
  open(): Promise<DatabaseHandle>;
}

const skipPostgres = process.env.VOXLY_SKIP_POSTGRES_TESTS === '1';

/**
 * Makes a throw-away database on the test server so test files never share state, and
 * drops it on close.
 */
export async function createScratchPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? defaultTestDatabaseUrl;
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL tests need a server at ${adminUrl} (${(error as Error).message}). ` +
        'Point TEST_DATABASE_URL at one (any database; the tests create and drop their own), ' +
        'or set VOXLY_SKIP_POSTGRES_TESTS=1 to skip them on this machine.',
      { cause: error },
    );
  }
  const name = `voxly_test_${randomBytes(6).toString('hex')}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

const pgliteTarget: TestDatabaseTarget = { name: 'pglite', open: () => openPglite() };

const postgresTarget: TestDatabaseTarget = {
  name: 'postgres',
  async open() {
    const scratch = await createScratchPostgresDatabase();
    const handle = await openPostgres(scratch.url, { poolSize: 20 });
    return {
      ...handle,
      async close() {
        await handle.close();
        await scratch.drop();
      },
    };
  },
};

/** Both engines: every database test runs on each. */
export const testDatabaseTargets: TestDatabaseTarget[] = skipPostgres ? [pgliteTarget] : [pgliteTarget, postgresTarget];

/**
 * One scratch PostgreSQL database that several servers open, as instances behind a load
 * balancer share one: each `open()` is a new pool on it; `drop()` removes it at the end.
 */
export async function sharedPostgresDatabase(): Promise<{ target: TestDatabaseTarget; url: string; drop(): Promise<void> }> {
  const scratch = await createScratchPostgresDatabase();
  return {
    url: scratch.url,
    target: { name: 'postgres', open: () => openPostgres(scratch.url, { poolSize: 10 }) },
    drop: () => scratch.drop(),
  };
}
