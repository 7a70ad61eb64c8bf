import type { DatabaseConfig } from '@voxly/config/server';
import type { DatabaseHandle } from './database.ts';

/**
 * Opens the configured database and brings its schema up to date. Each driver is imported
 * only when chosen: a server on PostgreSQL never loads PGlite's WebAssembly build, and the
 * other way round.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const { openPostgres } = await import('./open-postgres.ts');
    return openPostgres(config.url);
  }
  const { openPglite } = await import('./open-pglite.ts');
  return openPglite(config.dir);
}
