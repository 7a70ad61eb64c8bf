import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openPglite } from '../src/db/open-pglite.ts';

describe('openPglite', () => {
  it('runs with a small buffer cache, in memory and on disk (PGlite keeps its 160 MB default resident)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'voxly-pglite-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    for (const where of [undefined, dir]) {
      const handle = await openPglite(where);
      try {
        const { rows } = (await handle.db.execute(sql`show shared_buffers`)) as { rows: { shared_buffers: string }[] };
        expect(rows).toEqual([{ shared_buffers: '16MB' }]);
      } finally {
        await handle.close();
      }
    }
  });
});
