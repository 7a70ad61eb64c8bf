/**
 * `@voxly/api/db`: the database handle, its opener and the schema. The drivers' own openers
 * are not re-exported: `openDatabase` imports the chosen one on demand (tests reach them
 * through `@voxly/api/testing`).
 */
export * from '../db/database.ts';
export { batchWhileBusy } from '../db/batch-while-busy.ts';
export { isDatabaseUnavailable } from '../db/pg-error.ts';
export { openDatabase } from '../db/open-database.ts';
export { unnamed } from '../db/prepared-query.ts';
export * as schema from '../db/schema.ts';
