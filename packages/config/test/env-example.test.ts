import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { environmentKeys, loadServerConfig } from '../src/env.ts';

const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8');
const entries = example
  .split('\n')
  .filter((line) => line.trim() && !line.trimStart().startsWith('#'))
  .map((line) => {
    const at = line.indexOf('=');
    return [line.slice(0, at).trim(), line.slice(at + 1).trim()] as const;
  });

describe('.env.example', () => {
  it('names exactly the settings the environment schema reads, each once', () => {
    const keys = entries.map(([key]) => key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...environmentKeys].sort());
  });

  it('is a configuration the server accepts as it stands (local mode)', () => {
    const config = loadServerConfig(Object.fromEntries(entries));
    expect(config.auth.kind).toBe('local');
    expect(config.voice.kind).toBe('browser');
    expect(config.reconnectGraceMs).toBe(60_000);
  });
});
