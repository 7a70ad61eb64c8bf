/**
 * bench/llm-socket: N concurrent interview calls against one server process, or spread
 * over two sharing one PostgreSQL (local mode, scripted interviewer = a zero-delay model),
 * each speaking Retell's protocol over a real WebSocket. Reports the time from
 * `response_required` sent to the first `response` chunk received (p50, p99) and the
 * server's memory per open call.
 *
 *   npm run bench:llm-socket                 # 100, 500, 1,000 calls on one instance; 1,000 over two
 *   RUNS=500x1,1000x2 TURNS=5 npm run bench:llm-socket
 */
import { createScratchPostgresDatabase } from '@voxly/api/testing';
import { expectResponse, openCall, registerCalls, type BenchCall } from '../support/calls.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

// BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local test server: a scratch database is made there.
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
/** "calls x instances" per run. */
const runs = (process.env.RUNS ?? (short ? '100x2' : '100x1,500x1,1000x1,1000x2')).split(',').map((run) => {
  const [calls, instances] = run.split('x').map(Number);
  return { calls: calls!, instances: instances ?? 1 };
});
const turns = Number(process.env.TURNS ?? (short ? 3 : 5));
/** Mean pause between a reply and the candidate's next turn; people take 10–60 s, so this is ~10× faster than life. */
const paceMs = Number(process.env.PACE_MS ?? 1_000);
/** Judged on every run of at least 500 calls. */
const target = { p50: 2, p99: 10, fromCalls: 500 };
const answer =
  'In my last role I owned the payments API end to end, measured latency before and after our redesign, and cut p99 by half while keeping every invoice correct.';

async function converse(call: BenchCall, latencies: number[]) {
  const transcript: { role: string; content: string }[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  for (let id = 1; id <= turns; id += 1) {
    await new Promise((r) => setTimeout(r, paceMs * (0.5 + Math.random()))); // candidates do not speak in lockstep
    transcript.push({ role: 'user', content: answer });
    const { first, done } = expectResponse(call, id);
    const sentAt = performance.now();
    call.ws.send(JSON.stringify({ interaction_type: 'response_required', response_id: id, transcript }));
    latencies.push((await first) - sentAt);
    await done;
    transcript.push({ role: 'agent', content: 'Next question.' });
  }
}

async function runOnce(calls: number, instances: number) {
  const db = await createScratchPostgresDatabase();
  // Instances of one deployment share the database and the session secret.
  const env = { DATABASE_URL: db.url, VOXLY_SESSION_SECRET: 'bench-llm-socket-session-secret-0123456789' };
  const servers: ServerProcess[] = [];
  for (let i = 0; i < instances; i += 1) servers.push(await startServerProcess(env));
  const server = servers[0]!;
  try {
    const { cookie, callIds } = await registerCalls(server.url, db.url, calls);

    // Registered through the first instance; served round-robin, as a load balancer would.
    const rss = () => servers.reduce((sum, s) => sum + s.rssBytes(), 0);
    const rssBefore = rss();
    const open = await Promise.all(callIds.map((id, i) => openCall(servers[i % instances]!.url, cookie, id)));
    const rssOpen = rss();
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(open.map((call) => converse(call, latencies)));
    const seconds = (performance.now() - started) / 1000;
    const rssAfter = rss();
    for (const call of open) call.ws.close();
    return {
      calls,
      instances,
      ...summarise(latencies),
      turnsPerSecond: latencies.length / seconds,
      kbPerCall: (Math.max(rssOpen, rssAfter) - rssBefore) / 1024 / calls,
    };
  } catch (error) {
    console.error('benchmark run failed:', error);
    throw error;
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
const results = [];
for (const { calls, instances } of runs) {
  const result = await runOnce(calls, instances);
  results.push(result);
  console.log(
    `llm-socket ${String(calls).padStart(5)} calls on ${instances} instance${instances === 1 ? '' : 's'} × ${turns} turns: first chunk p50 ${ms(result.p50)}, p90 ${ms(result.p90)}, ` +
      `p99 ${ms(result.p99)}, max ${ms(result.max)} (${result.count} turns at ${result.turnsPerSecond.toFixed(0)} turns/s, pace ${paceMs} ms); ` +
      `server memory ${result.kbPerCall.toFixed(1)} KiB per open call`,
  );
}
const judged = results.filter((r) => r.calls >= target.fromCalls || short);
const met = judged.every((r) => r.p50 < target.p50 && r.p99 < target.p99);
const correct = results.every((r) => r.count === r.calls * turns);
console.log(
  verdictLine(
    `llm-socket target (p50 < ${target.p50} ms, p99 < ${target.p99} ms from ${target.fromCalls} calls)`,
    met,
    judged.map((r) => `${r.calls}×${r.instances}: p50 ${ms(r.p50)}, p99 ${ms(r.p99)}`).join('; '),
  ),
);
process.exitCode = exitCode(correct, met);
