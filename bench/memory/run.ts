/**
 * bench/memory: the production bundle's resident memory at rest, for each way it runs:
 * local mode's very first start (PGlite creating its database), a local restart, and
 * PostgreSQL with the model and Retell configured (as bench/llm-socket runs it). Printed per
 * way: RSS when the server first answers `/ready`, and after it has rested (V8 gives back the
 * young generation that start-up grew once the process has been idle for 8 s or more), with
 * PASS/FAIL against the targets (ADR 0017).
 *
 *   npm run bench:memory                 (REST_SECONDS=20)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchPostgresDatabase } from '@voxly/api/testing';
import { FakeRetell } from '../../apps/server/test/support/fake-retell.ts';
import { retellVoiceEnv } from '../support/calls.ts';
import { startServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const restSeconds = Number(process.env.REST_SECONDS ?? (short ? 0 : 20));
const mib = (bytes: number) => bytes / 2 ** 20;

/** MiB at `/ready`, then after `restSeconds` idle. */
async function measure(env: Record<string, string>): Promise<{ ready: number; rested: number }> {
  const server = await startServerProcess(env);
  try {
    const ready = mib(server.rssBytes());
    await new Promise((r) => setTimeout(r, restSeconds * 1000));
    return { ready, rested: mib(server.rssBytes()) };
  } finally {
    await server.stop();
  }
}

const data = mkdtempSync(join(tmpdir(), 'voxly-bench-memory-'));
const db = await createScratchPostgresDatabase();
const retell = await new FakeRetell().start();
const ways: { name: string; env: Record<string, string>; targetMiB: number }[] = [
  { name: 'local mode, first start (creates the database)', env: { VOXLY_DATA_DIR: data }, targetMiB: 800 },
  { name: 'local mode, restart', env: { VOXLY_DATA_DIR: data }, targetMiB: 250 },
  {
    name: 'PostgreSQL, model and Retell configured',
    env: {
      VOXLY_DATA_DIR: data,
      DATABASE_URL: db.url,
      OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', // never called: nothing happens at rest
      OPENAI_MODEL: 'fake',
      OPENAI_API_KEY: 'sk-bench-fake',
      OPENAI_LOCAL_MODEL: 'false',
      ...retellVoiceEnv(retell.baseURL),
    },
    targetMiB: 150,
  },
];
let met = true;
try {
  for (const way of ways) {
    const { ready, rested } = await measure(way.env);
    const rest = restSeconds > 0 ? `, ${rested.toFixed(0)} MiB after ${restSeconds} s at rest` : '';
    console.log(`memory ${way.name}: ${ready.toFixed(0)} MiB at ready${rest}`);
    console.log(
      verdictLine(`memory target: ${way.name} ≤ ${way.targetMiB} MiB at ready`, ready <= way.targetMiB, `${ready.toFixed(0)} MiB`),
    );
    met &&= ready <= way.targetMiB;
  }
} finally {
  await retell.stop();
  await db.drop();
  rmSync(data, { recursive: true, force: true });
}
process.exitCode = exitCode(true, met);
