/**
 * bench/soak: many interviews over a long stretch, on a shortened interview clock, against
 * one server (in this process, so the heap can be measured after each GC), PostgreSQL.
 * Calls start spread over the run, the candidate answers every ~1.5 s, and each call runs
 * until the server ends it (on time, or with the interviewer's closing line). Reports heap and RSS over time, the slope of the heap
 * in the second half (MB per minute: flat means no leak), and what is left open at the end
 * (sessions, sockets, database connections).
 *
 *   npm run bench:soak                 200 calls over 10 minutes, 60 s interviews
 *   BENCH_SHORT=1 npm run bench:soak   12 calls over 16 s, 6 s interviews
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendLedgerEntry, ensureUser } from '@voxly/api/credits';
import { createScratchPostgresDatabase } from '@voxly/api/testing';
import { interviewPolicy } from '@voxly/config';
import { loadServerConfig } from '@voxly/config/server';
import pg from 'pg';
import { WebSocket } from 'ws';
import { createLogger } from '../../apps/server/src/logging/logger.ts';
import { startServer } from '../../apps/server/src/server.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const totalCalls = Number(process.env.CALLS ?? (short ? 12 : 200));
const runMs = Number(process.env.RUN_MS ?? (short ? 16_000 : 10 * 60_000));
const callMs = Number(process.env.CALL_MS ?? (short ? 6_000 : 60_000));
const sampleMs = short ? 1_000 : 10_000;
const target = { heapSlopeMbPerMin: 1 };
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (npm run bench:soak does)');

const db = await createScratchPostgresDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'voxly-soak-'));
const config = loadServerConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  DATABASE_URL: db.url,
  VOXLY_DATA_DIR: dataDir,
  VOXLY_MAX_CALLS_PER_USER: String(totalCalls),
  VOXLY_RATE_LIMIT_API: '1000000000',
  VOXLY_RATE_LIMIT_AUTH: '1000000000',
  NODE_ENV: 'test',
});
// The same engine on a shorter clock: warnings and the congruency check keep their proportions.
const policy = {
  ...interviewPolicy,
  maxDurationMs: callMs,
  warningsAtMs: [callMs * 0.8, callMs * 0.93] as [number, number],
  congruencyWindowMs: { from: callMs * 0.13, to: callMs * 0.2 },
};
const server = await startServer(config, createLogger('warn'), { policy });
const observer = new pg.Client({ connectionString: db.url });
await observer.connect();

/** A candidate of its own per call: one candidate's second interview waits while the first one's call runs. */
async function candidate(n: number): Promise<string> {
  const name = `Soak User ${n}`;
  const signIn = await fetch(`${server.url}/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  await ensureUser(server.database.db, { id: `local:soak-user-${n}`, name });
  await appendLedgerEntry(server.database.db, { userId: `local:soak-user-${n}`, delta: 1, reason: 'grant' });
  return cookie;
}

const answer = 'In my last role I owned the payments API, measured latency before and after the redesign, and cut p99 by half.';
/** Calls that ended from the server's side: on time (an interrupt) or by the interviewer's closing line. */
let ended = 0;
let failures = 0;

async function runCall(n: number): Promise<void> {
  const cookie = await candidate(n);
  const response = await fetch(`${server.url}/trpc/interview.create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      json: {
        candidateName: 'Soak Candidate',
        jobTitle: 'Senior Backend Engineer',
        jobDescription: 'Design and operate microservices in TypeScript on AWS with Kubernetes.',
        resumeText: 'Backend engineer with seven years of Node.js, TypeScript, Kubernetes and AWS in production.',
        language: 'en',
      },
    }),
  });
  if (!response.ok) throw new Error(`interview.create ${response.status}`);
  const { callId } = ((await response.json()) as { result: { data: { json: { callId: string } } } }).result.data.json;
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/llm-websocket/${callId}`, { headers: { cookie } });
  const transcript: { role: string; content: string }[] = [];
  let responseId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  await new Promise<void>((resolve, reject) => {
    ws.on('message', (data) => {
      const event = JSON.parse(data.toString()) as {
        response_type: string;
        content?: string;
        content_complete?: boolean;
        end_call?: boolean;
      };
      if (event.response_type === 'agent_interrupt' && event.end_call) {
        ended += 1;
        ws.close();
        return;
      }
      if (event.response_type !== 'response' || !event.content_complete) return;
      if (event.content) transcript.push({ role: 'agent', content: event.content });
      // The interviewer's own closing (the server keeps its own record of its lines, so its plan runs out on this short clock).
      if (event.end_call) {
        ended += 1;
        return void ws.close();
      }
      // The candidate answers after a pause, as in a call.
      timer = setTimeout(
        () => {
          transcript.push({ role: 'user', content: answer });
          responseId += 1;
          if (ws.readyState === WebSocket.OPEN)
            ws.send(JSON.stringify({ interaction_type: 'response_required', response_id: responseId, transcript }));
        },
        1_000 + Math.random() * 1_000,
      );
    });
    ws.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
    ws.once('error', reject);
  });
}

const samples: { atMs: number; heapMb: number; rssMb: number; sessions: number }[] = [];
const started = Date.now();
const sample = () => {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  samples.push({ atMs: Date.now() - started, heapMb: heapUsed / 2 ** 20, rssMb: rss / 2 ** 20, sessions: server.sessions.size });
};
sample();
const sampler = setInterval(sample, sampleMs);

// Calls start evenly over the run, so the last one ends as the run does.
const spread = Math.max(0, runMs - callMs - 2_000);
const calls = Array.from({ length: totalCalls }, (_, i) =>
  new Promise((r) => setTimeout(r, (i * spread) / Math.max(1, totalCalls - 1)))
    .then(() => runCall(i))
    .catch((error: unknown) => {
      failures += 1;
      console.error('soak call failed:', error);
    }),
);
await Promise.all(calls);
await new Promise((r) => setTimeout(r, 1_000)); // let closes and final writes settle
clearInterval(sampler);
sample();

/** Least-squares slope of heap over time, in MB per minute, over the second half (steady state). */
function slope(points: { atMs: number; heapMb: number }[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p.atMs, 0) / n;
  const my = points.reduce((s, p) => s + p.heapMb, 0) / n;
  const num = points.reduce((s, p) => s + (p.atMs - mx) * (p.heapMb - my), 0);
  const den = points.reduce((s, p) => s + (p.atMs - mx) ** 2, 0);
  return den === 0 ? 0 : (num / den) * 60_000;
}

const steady = samples.slice(Math.floor(samples.length / 2));
const heapSlope = slope(steady);
const { rows: outcomes } = await observer.query<{ end_reason: string | null; n: string }>(
  `select end_reason, count(*) as n from interviews group by end_reason order by end_reason`,
);
const { rows: connections } = await observer.query<{ n: string }>(
  `select count(*) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
);
// Every candidate's one credit spent, none refunded or doubled: their balances sum to zero.
const { rows: balance } = await observer.query<{ credits: number }>(
  `select coalesce(sum(credits), 0)::int as credits from users where id like 'local:soak-user-%'`,
);
const openConnections = await new Promise<number>((resolve) => server.httpServer.getConnections((_e, count) => resolve(count)));

const peak = samples.reduce((m, s) => Math.max(m, s.sessions), 0);
console.log(
  `soak ${totalCalls} calls over ${(runMs / 60_000).toFixed(1)} min, ${callMs / 1000} s interviews, peak ${peak} live: ` +
    `heap ${samples[0]!.heapMb.toFixed(1)} → ${samples.at(-1)!.heapMb.toFixed(1)} MB (max ${Math.max(...samples.map((s) => s.heapMb)).toFixed(1)}), ` +
    `RSS ${samples[0]!.rssMb.toFixed(0)} → ${samples.at(-1)!.rssMb.toFixed(0)} MB; heap slope over the second half ${heapSlope.toFixed(2)} MB/min`,
);
console.log(
  `soak end state: ${server.sessions.size} sessions, ${openConnections} open sockets, ${connections[0]!.n} database connections (pool max 10), ` +
    `outcomes ${JSON.stringify(Object.fromEntries(outcomes.map((o) => [o.end_reason ?? 'open', Number(o.n)])))}, ` +
    `${ended} ended by the server, balance ${balance[0]!.credits}, ${failures} failures`,
);
const correct =
  failures === 0 &&
  server.sessions.size === 0 &&
  openConnections === 0 &&
  Number(connections[0]!.n) <= 10 &&
  ended === totalCalls &&
  balance[0]!.credits === 0;
const flat = Math.abs(heapSlope) < target.heapSlopeMbPerMin;
console.log(
  `soak leaks (sessions, sockets, connections all released; every call ended by the server; no credit lost): ${correct ? 'NONE' : 'FOUND'}`,
);
console.log(verdictLine(`soak target (heap slope < ${target.heapSlopeMbPerMin} MB/min)`, flat, `${heapSlope.toFixed(2)} MB/min`));

await observer.end();
await server.close();
await db.drop();
rmSync(dataDir, { recursive: true, force: true });
process.exitCode = exitCode(correct, flat);
