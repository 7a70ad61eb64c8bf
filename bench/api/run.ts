/**
 * bench/api: the API's two busiest procedures over real HTTP against one server process,
 * vendors faked at their wire (Retell's REST API for call registration), PostgreSQL:
 *  - interview.create: validate, debit a credit, register the call with Retell, store;
 *  - feedback.get on a finished 15-minute interview: the first call claims and writes the
 *    rule-based review, the next ones read it.
 *
 *   npm run bench:api                  (USERS=200 CONCURRENCY=20)
 */
import { createScratchPostgresDatabase, fifteenMinuteTranscript } from '@voxly/api/testing';
import pg from 'pg';
import { FakeRetell } from '../../apps/server/test/support/fake-retell.ts';
import { retellVoiceEnv } from '../support/calls.ts';
import { startServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const users = Number(process.env.USERS ?? (short ? 40 : 200));
const concurrency = Number(process.env.CONCURRENCY ?? 20);
/** Per instance, on this 2-core machine shared with PostgreSQL and the load generator. */
const target = { createPerSecond: 100, feedbackPerSecond: 100, p99Ms: 500 };

const interviewInput = {
  candidateName: 'Bench Candidate',
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript on AWS with Kubernetes.',
  resumeText: 'Backend engineer with seven years of Node.js, TypeScript, Kubernetes and AWS in production.',
  language: 'en',
};

/** Runs `tasks` with at most `limit` in flight; returns each one's latency. */
async function pooled<T>(tasks: (() => Promise<T>)[], limit: number): Promise<{ latencies: number[]; seconds: number; results: T[] }> {
  const latencies: number[] = [];
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const index = next++;
        const t0 = performance.now();
        results[index] = await tasks[index]!();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - started) / 1000, results };
}

async function trpc<T>(url: string, path: string, cookie: string, input: unknown, method: 'GET' | 'POST'): Promise<T> {
  const body = JSON.stringify({ json: input });
  const response =
    method === 'GET'
      ? await fetch(`${url}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers: { cookie } })
      : await fetch(`${url}/trpc/${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json;
}

const db = await createScratchPostgresDatabase();
const retell = await new FakeRetell().start();
const server = await startServerProcess({
  DATABASE_URL: db.url,
  ...(process.env.LOCAL_VOICE === '1' ? {} : retellVoiceEnv(retell.baseURL)),
});
const client = new pg.Client({ connectionString: db.url });
await client.connect();
let correct = true;
try {
  const cookies: string[] = [];
  for (let i = 0; i < users; i += 1) {
    const signIn = await fetch(`${server.url}/auth/local`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `Bench User ${i}` }),
    });
    cookies.push(signIn.headers.get('set-cookie')!.split(';')[0]!);
  }
  // One credit each, as support would grant it (sign-in alone does not create the account row).
  await client.query(`insert into users (id, name) select 'local:bench-user-' || n, 'Bench User ' || n from generate_series(0, $1 - 1) n`, [
    users,
  ]);
  await client.query(
    `insert into credit_ledger (user_id, delta, reason) select id, 1, 'grant' from users where id like 'local:bench-user-%'`,
  );

  const created = await pooled(
    cookies.map((cookie) => () => trpc<{ interviewId: string }>(server.url, 'interview.create', cookie, interviewInput, 'POST')),
    concurrency,
  );
  const create = summarise(created.latencies);
  const createRate = users / created.seconds;
  console.log(
    `api interview.create × ${users} (${concurrency} at a time): ${createRate.toFixed(0)}/s, p50 ${ms(create.p50)}, p99 ${ms(create.p99)}, max ${ms(create.max)}`,
  );
  const { rows: balances } = await client.query<{ credits: number }>(`select credits from users where id like 'local:bench-user-%'`);
  if ((process.env.LOCAL_VOICE !== '1' && retell.created.length !== users) || balances.some((b) => b.credits !== 0)) {
    correct = false;
    console.log(`api: WRONG — ${retell.created.length} calls registered for ${users} creates, balances not all 0`);
  }

  // Every interview ends with a full 15-minute transcript, as if the call had just finished.
  await client.query(
    `update interviews set status = 'ended', end_reason = 'time', started_at = now() - interval '15 minutes', first_answer_at = now() - interval '14 minutes', ended_at = now(), transcript = $1::jsonb`,
    [JSON.stringify(fifteenMinuteTranscript('en'))],
  );
  const byCookie = created.results.map((r, i) => ({ id: r.interviewId, cookie: cookies[i]! }));
  const firstGet = await pooled(
    byCookie.map(
      ({ id, cookie }) =>
        () =>
          trpc<{ status: string }>(server.url, 'feedback.get', cookie, { interviewId: id }, 'GET'),
    ),
    concurrency,
  );
  const secondGet = await pooled(
    byCookie.map(
      ({ id, cookie }) =>
        () =>
          trpc<{ status: string }>(server.url, 'feedback.get', cookie, { interviewId: id }, 'GET'),
    ),
    concurrency,
  );
  const first = summarise(firstGet.latencies);
  const second = summarise(secondGet.latencies);
  console.log(
    `api feedback.get, first (claim + rule-based review + store): ${(users / firstGet.seconds).toFixed(0)}/s, p50 ${ms(first.p50)}, p99 ${ms(first.p99)}`,
  );
  console.log(`api feedback.get, stored: ${(users / secondGet.seconds).toFixed(0)}/s, p50 ${ms(second.p50)}, p99 ${ms(second.p99)}`);
  const ready = [...firstGet.results, ...secondGet.results].filter((r) => r.status === 'ready').length;
  const { rows } = await client.query<{ n: string }>(`select count(*) as n from feedback where status = 'ready'`);
  if (ready !== users * 2 || Number(rows[0]!.n) !== users) {
    correct = false;
    console.log(`api: WRONG — ${ready} ready answers of ${users * 2}, ${rows[0]!.n} feedback rows for ${users} interviews`);
  }
  const firstRate = users / firstGet.seconds;
  const met =
    createRate >= target.createPerSecond &&
    firstRate >= target.feedbackPerSecond / 2 &&
    users / secondGet.seconds >= target.feedbackPerSecond &&
    Math.max(create.p99, first.p99, second.p99) < target.p99Ms;
  console.log(
    verdictLine(
      `api target (interview.create ≥ ${target.createPerSecond}/s, feedback.get ≥ ${target.feedbackPerSecond}/s stored and half that when writing, p99 < ${target.p99Ms} ms)`,
      met,
      `create ${createRate.toFixed(0)}/s, feedback ${firstRate.toFixed(0)}/s writing and ${(users / secondGet.seconds).toFixed(0)}/s stored`,
    ),
  );
  process.exitCode = exitCode(correct, met);
} finally {
  await client.end();
  await server.stop();
  await retell.stop();
  await db.drop();
}
