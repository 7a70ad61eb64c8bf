import type { Executor } from './database.ts';

/**
 * A query built once per database handle and then run with its values only. Building a
 * Drizzle query (walking the schema, writing the SQL, the driver's query config) costs more
 * CPU than the round trip on the hot paths (a call's connect, each turn, each signed-in
 * request). The statement is unnamed on the server, so transaction-mode connection poolers
 * that cannot keep named statements work unchanged.
 */
export function preparedQuery<Query>(build: (db: Executor) => Query): (db: Executor) => Query {
  const built = new WeakMap<Executor, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/** Drizzle names prepared statements; an empty name keeps them unnamed (see above). */
export const unnamed = '';
