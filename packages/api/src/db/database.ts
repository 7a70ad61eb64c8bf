import type { VendorModes } from '@voxly/config';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema.ts';

/** The one database type the domain code sees, whether PostgreSQL or PGlite is behind it. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction has the same query surface as the database. */
export type Executor = Parameters<Parameters<Database['transaction']>[0]>[0] | Database;

export interface DatabaseHandle {
  db: Database;
  kind: VendorModes['database'];
  /** Round trip to the database, for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
