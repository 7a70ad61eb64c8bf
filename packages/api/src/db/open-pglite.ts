import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { DatabaseHandle } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import * as schema from './schema.ts';

/**
 * PGlite's default buffer cache is 160 MB, and in WebAssembly it is resident from the start:
 * about 150 of a local-mode server's 350 MiB. One person's practice data fits many times
 * over in 16 MB, and what is not cached is a read of a local file.
 */
const postgresqlconf = ['shared_buffers = 16MB'];

/** Embedded PostgreSQL (WASM). `dir` keeps data across restarts; omit it for memory only. */
export async function openPglite(dir?: string): Promise<DatabaseHandle> {
  if (dir) mkdirSync(dir, { recursive: true });
  const client = new PGlite({ dataDir: dir, postgresqlconf });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => client.close(),
  };
}
