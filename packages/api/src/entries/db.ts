/** `@voxly/api/db`: the database handle, its openers and the schema. */
export * from '../db/database.ts';
export { batchWhileBusy } from '../db/batch-while-busy.ts';
export { isDatabaseUnavailable } from '../db/pg-error.ts';
export { openDatabase } from '../db/open-database.ts';
export { openPglite } from '../db/open-pglite.ts';
export { openPostgres } from '../db/open-postgres.ts';
export { unnamed } from '../db/prepared-query.ts';
export * as schema from '../db/schema.ts';
