import { createScratchPostgresDatabase, defaultTestDatabaseUrl, openPostgres } from '@voxly/api/testing';
import pg from 'pg';
import { startTestServer } from './test-server.ts';

/**
 * A test server on a scratch PostgreSQL database that the test can take away and give back
 * (`cut`: no new connections, and the open ones terminated; `restore`), as an outage would.
 */
export async function serverOnScratchPostgres(poolSize = 4) {
  const scratch = await createScratchPostgresDatabase();
  const database = await openPostgres(scratch.url, { poolSize });
  // The server must not close the pool the test still uses: its handle's close does nothing.
  const server = await startTestServer({ name: 'postgres', open: () => Promise.resolve({ ...database, close: () => Promise.resolve() }) });
  const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL ?? defaultTestDatabaseUrl });
  await admin.connect();
  const name = new URL(scratch.url).pathname.slice(1);
  const restore = async () => {
    await admin.query(`alter database ${name} allow_connections true`);
  };
  return {
    server,
    database,
    cut: async () => {
      await admin.query(`alter database ${name} allow_connections false`);
      await admin.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = $1`, [name]);
    },
    restore,
    stop: async () => {
      await restore().catch(() => {});
      await admin.end();
      await server.stop();
      await database.close();
      await scratch.drop();
    },
  };
}
