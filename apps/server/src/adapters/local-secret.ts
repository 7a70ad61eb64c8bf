import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A local secret: the configured one, or one generated on first start and kept in the
 * data folder (so, e.g., local sessions survive restarts).
 */
export function loadOrCreateSecret(configured: string | undefined, dataDir: string, name: string): string {
  if (configured) return configured;
  const file = join(dataDir, name);
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= 32) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  // 'wx' fails if another process wrote it first; then theirs wins.
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(file, 'utf8').trim();
  }
}

/** The secret that signs local session cookies. */
export const loadSessionSecret = (configured: string | undefined, dataDir: string) =>
  loadOrCreateSecret(configured, dataDir, 'session-secret');
