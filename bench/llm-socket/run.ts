/**
 * bench/llm-socket: N concurrent interview calls, each speaking Retell's protocol over a
 * real WebSocket to the server in its own process, on PostgreSQL, with the model behind a
 * fake OpenAI-compatible streaming server in another process (the same for every run).
 * Printed per run: `response_required` → first chunk p50/p99, server CPU per turn (from
 * /proc), turns/s, event-loop delay p99 and max (the server's own monitorEventLoopDelay,
 * read from its /metrics on an internal port), idle RSS and RSS per open call, and connect →
 * greeting p50; PASS/FAIL against the targets.
 *
 *   npm run bench:llm-socket
 *   RUNS=500:0:1000:1,1000:300:1000:1 TURNS=5 npm run bench:llm-socket      (calls:model ms:pace ms:instances)
 *   BENCH_REFERENCE_DIR=<checkout of RetellAI/retell-custom-llm-node-demo> ROUNDS=3 npm run bench:llm-socket
 *
 * With BENCH_REFERENCE_DIR, every single-instance run is repeated against Retell's own demo
 * server (same client, same fake model, one streamed request per turn), interleaved over
 * ROUNDS rounds, and each row is printed beside it with the ratio; the targets judge Voxly.
 */
import { readFileSync } from 'node:fs';
import { createScratchPostgresDatabase, freePort } from '@voxly/api/testing';
import { askForReply, openCall, registerCalls, type BenchCall } from '../support/calls.ts';
import { startModelProcess, type ModelProcess } from '../support/model-process.ts';
import { startReferenceServer } from '../support/reference-server.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

// BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local test server: a scratch database is made there.
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

interface RunSpec {
  calls: number;
  modelMs: number;
  /** Mean pause between a reply and the candidate's next turn (people take 10–60 s: this is faster than life). */
  paceMs: number;
  instances: number;
  label: string;
}
const defaults = short ? '100:0:1000:2' : '100:0:1000:1,500:0:1000:1,1000:0:1000:1,1000:300:1000:1,500:0:100:1:saturation,1000:0:1000:2';
const runs: RunSpec[] = (process.env.RUNS ?? defaults).split(',').map((run) => {
  const [calls, modelMs, paceMs, instances, label] = run.split(':');
  return {
    calls: Number(calls),
    modelMs: Number(modelMs ?? 0),
    paceMs: Number(paceMs ?? 1000),
    instances: Number(instances ?? 1),
    label: label ?? '',
  };
});
const turns = Number(process.env.TURNS ?? (short ? 3 : 5));
const targets = {
  cpuMsPerTurn: 0.5,
  p99At1000: 15,
  p99OverModel: 15,
  turnsPerSecond: 2_500,
  eventLoopMaxMs: 20,
  idleRssMiB: 150,
  greetingP50Ms: 30,
};
const answer =
  'In my last role I owned the payments API end to end, measured latency before and after our redesign, and cut p99 by half while keeping every invoice correct.';

/** Server CPU time so far (user + system), in ms, from /proc (Linux clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The server's event-loop delay since the last scrape (prom-client resets it on each one). */
async function eventLoopDelay(metricsPort: number): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? Number.NaN) * 1000;
  return { p99: read('voxly_nodejs_eventloop_lag_p99_seconds'), max: read('voxly_nodejs_eventloop_lag_max_seconds') };
}

async function converse(call: BenchCall, paceMs: number, latencies: number[]) {
  const transcript: { role: string; content: string }[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  for (let id = 1; id <= turns; id += 1) {
    await new Promise((r) => setTimeout(r, paceMs * (0.5 + Math.random()))); // candidates do not speak in lockstep
    transcript.push({ role: 'user', content: answer });
    latencies.push(await askForReply(call, id, transcript));
    transcript.push({ role: 'agent', content: 'Next question.' });
  }
}

const referenceDir = process.env.BENCH_REFERENCE_DIR;
const rounds = Number(process.env.ROUNDS ?? 1);

/** Retell's demo: no registration (it takes any call id), no database, no metrics. */
async function runReference(spec: RunSpec, model: ModelProcess) {
  const server = await startReferenceServer(referenceDir!, model.baseURL);
  try {
    const idleRss = server.rssBytes();
    const callIds = Array.from({ length: spec.calls }, (_, i) => `reference-call-${i}-${Date.now()}`);
    return await converseAll(spec, [server], [], idleRss, () => Promise.resolve({ cookie: null, callIds }));
  } finally {
    await server.stop();
  }
}

async function runOnce(spec: RunSpec, model: ModelProcess) {
  const db = await createScratchPostgresDatabase();
  const servers: ServerProcess[] = [];
  const metricsPorts: number[] = [];
  try {
    for (let i = 0; i < spec.instances; i += 1) {
      const metricsPort = await freePort();
      metricsPorts.push(metricsPort);
      // Instances of one deployment share the database and the session secret.
      servers.push(
        await startServerProcess({
          DATABASE_URL: db.url,
          VOXLY_SESSION_SECRET: 'bench-llm-socket-session-secret-0123456789',
          OPENAI_BASE_URL: model.baseURL,
          OPENAI_MODEL: 'fake',
          OPENAI_API_KEY: 'sk-bench-fake',
          VOXLY_METRICS_PORT: String(metricsPort),
        }),
      );
    }
    const idleRss = servers[0]!.rssBytes();
    return await converseAll(spec, servers, metricsPorts, idleRss, () => registerCalls(servers[0]!.url, db.url, spec.calls));
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

/** Opens every call (50 at a time), then has every call converse; the figures of one run. */
async function converseAll(
  spec: RunSpec,
  servers: ServerProcess[],
  metricsPorts: number[],
  idleRss: number,
  register: () => Promise<{ cookie: string | null; callIds: string[] }>,
) {
  const { cookie, callIds } = await register();
  const rss = () => servers.reduce((sum, s) => sum + s.rssBytes(), 0);
  const rssBefore = rss();
  // Registered through the first instance; served round-robin, as a load balancer would.
  const open: BenchCall[] = [];
  const opening = process.hrtime.bigint() / 1000n;
  for (let i = 0; i < callIds.length; i += 50) {
    const batch = callIds.slice(i, i + 50);
    open.push(...(await Promise.all(batch.map((id, j) => openCall(servers[(i + j) % servers.length]!.url, cookie, id)))));
  }
  const rssOpen = rss();
  if (process.env.BENCH_CPU_PROFILE_DIR)
    console.log(`llm-socket profile window, opening: ${opening}..${process.hrtime.bigint() / 1000n} µs`);
  await Promise.all(metricsPorts.map(eventLoopDelay)); // resets the servers' event-loop histograms
  const cpuBefore = servers.reduce((sum, s) => sum + cpuMs(s.pid), 0);
  const latencies: number[] = [];
  const started = performance.now();
  const window = { from: process.hrtime.bigint() / 1000n };
  await Promise.all(open.map((call) => converse(call, spec.paceMs, latencies)));
  const seconds = (performance.now() - started) / 1000;
  // The conversation's span on the monotonic clock V8's profiles use: read a profile from here to here.
  if (process.env.BENCH_CPU_PROFILE_DIR)
    console.log(`llm-socket profile window, conversation: ${window.from}..${process.hrtime.bigint() / 1000n} µs (${spec.calls} calls)`);
  const cpu = servers.reduce((sum, s) => sum + cpuMs(s.pid), 0) - cpuBefore;
  const loops = metricsPorts.length > 0 ? await Promise.all(metricsPorts.map(eventLoopDelay)) : [{ p99: Number.NaN, max: Number.NaN }];
  for (const call of open) call.ws.close();
  return {
    ...spec,
    ...summarise(latencies),
    turnsPerSecond: latencies.length / seconds,
    cpuMsPerTurn: cpu / latencies.length,
    eventLoop: { p99: Math.max(...loops.map((l) => l.p99)), max: Math.max(...loops.map((l) => l.max)) },
    idleRssMiB: idleRss / 2 ** 20,
    kbPerCall: (rssOpen - rssBefore) / 1024 / spec.calls,
    greetingP50: summarise(open.map((c) => c.greetingMs)).p50,
  };
}

process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
type RunResult = Awaited<ReturnType<typeof converseAll>>;
const describe = (r: RunResult, who: string) =>
  `llm-socket ${who} ${String(r.calls).padStart(5)} calls × ${turns} turns on ${r.instances} instance${r.instances === 1 ? '' : 's'}, model ${r.modelMs} ms, pace ${r.paceMs} ms${r.label ? ` (${r.label})` : ''}: ` +
  `first chunk p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}; CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn; ${r.turnsPerSecond.toFixed(0)} turns/s; ` +
  `event loop p99 ${ms(r.eventLoop.p99)}, max ${ms(r.eventLoop.max)}; idle RSS ${r.idleRssMiB.toFixed(0)} MiB, ${r.kbPerCall.toFixed(1)} KiB per call; connect → greeting p50 ${ms(r.greetingP50)}`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

const models = new Map<number, ModelProcess>();
const results: RunResult[] = [];
const referenceResults: RunResult[] = [];
try {
  for (let round = 1; round <= rounds; round += 1) {
    for (const spec of runs) {
      if (!models.has(spec.modelMs)) models.set(spec.modelMs, await startModelProcess({ firstTokenMs: spec.modelMs, tokens: 12 }));
      const model = models.get(spec.modelMs)!;
      const r = await runOnce(spec, model);
      results.push(r);
      console.log(describe(r, 'voxly    '));
      if (!referenceDir || spec.instances !== 1) continue;
      const ref = await runReference(spec, model);
      referenceResults.push(ref);
      console.log(describe(ref, 'reference'));
      console.log(
        `llm-socket voxly/reference: first chunk p50 ${ratio(r.p50, ref.p50)}, p99 ${ratio(r.p99, ref.p99)}; CPU per turn ${ratio(r.cpuMsPerTurn, ref.cpuMsPerTurn)}; ` +
          `turns/s ${ratio(r.turnsPerSecond, ref.turnsPerSecond)}; idle RSS ${ratio(r.idleRssMiB, ref.idleRssMiB)}; greeting p50 ${ratio(r.greetingP50, ref.greetingP50)}`,
      );
    }
  }
} finally {
  for (const model of models.values()) model.stop();
}

/** Over rounds, each figure of a setting is its median (one round: the figures themselves). */
function medianOf(rows: RunResult[]): RunResult | undefined {
  if (rows.length === 0) return undefined;
  const mid = (pick: (r: RunResult) => number) => {
    const sorted = rows.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)]!;
  };
  return {
    ...rows[0]!,
    p50: mid((r) => r.p50),
    p99: mid((r) => r.p99),
    cpuMsPerTurn: mid((r) => r.cpuMsPerTurn),
    turnsPerSecond: mid((r) => r.turnsPerSecond),
    eventLoop: { p99: mid((r) => r.eventLoop.p99), max: mid((r) => r.eventLoop.max) },
    idleRssMiB: mid((r) => r.idleRssMiB),
    greetingP50: mid((r) => r.greetingP50),
  };
}
const sameSetting = (calls: number, modelMs: number, label: string) => (r: RunResult) =>
  r.instances === 1 && r.calls === calls && r.modelMs === modelMs && r.label === label;
const at = (calls: number, modelMs: number, label = '') => medianOf(results.filter(sameSetting(calls, modelMs, label)));
const referenceAt = (calls: number, modelMs: number, label = '') => medianOf(referenceResults.filter(sameSetting(calls, modelMs, label)));
if (rounds > 1) console.log(`llm-socket: each figure judged below is the median of ${rounds} rounds`);

const one = results.filter((r) => r.instances === 1);
const checks: [string, boolean, string][] = [];
const r500 = at(500, 0);
if (r500)
  checks.push([
    `CPU per turn ≤ ${targets.cpuMsPerTurn} ms at 500 calls`,
    r500.cpuMsPerTurn <= targets.cpuMsPerTurn,
    `${r500.cpuMsPerTurn.toFixed(2)} ms`,
  ]);
const r1000 = at(1000, 0);
if (r1000) {
  checks.push([`p99 first chunk ≤ ${targets.p99At1000} ms at 1,000 calls, 0 ms model`, r1000.p99 <= targets.p99At1000, ms(r1000.p99)]);
  checks.push([
    `no event-loop block over ${targets.eventLoopMaxMs} ms at 1,000 calls`,
    r1000.eventLoop.max <= targets.eventLoopMaxMs,
    ms(r1000.eventLoop.max),
  ]);
}
const slowSpec = one.find((r) => r.modelMs > 0);
const slow = slowSpec && at(slowSpec.calls, slowSpec.modelMs, slowSpec.label);
if (slow)
  checks.push([
    `p99 first chunk ≤ model + ${targets.p99OverModel} ms`,
    slow.p99 <= slow.modelMs + targets.p99OverModel,
    `${ms(slow.p99)} with a ${slow.modelMs} ms model`,
  ]);
const saturationSpec = one.find((r) => r.label === 'saturation');
const saturation = saturationSpec && at(saturationSpec.calls, saturationSpec.modelMs, 'saturation');
if (saturation)
  checks.push([
    `≥ ${targets.turnsPerSecond} turns/s at saturation`,
    saturation.turnsPerSecond >= targets.turnsPerSecond,
    `${saturation.turnsPerSecond.toFixed(0)} turns/s`,
  ]);
const first = results[0] && at(results[0].calls, results[0].modelMs, results[0].label);
if (first) {
  checks.push([`idle RSS ≤ ${targets.idleRssMiB} MiB`, first.idleRssMiB <= targets.idleRssMiB, `${first.idleRssMiB.toFixed(0)} MiB`]);
  checks.push([`connect → greeting p50 ≤ ${targets.greetingP50Ms} ms`, first.greetingP50 <= targets.greetingP50Ms, ms(first.greetingP50)]);
}
for (const [name, pass, detail] of checks) console.log(verdictLine(`llm-socket target: ${name}`, pass, detail));

/**
 * The same targets as ratios to the reference server, for a machine other than the one they
 * were set on: each is the issue's target over the demo's figure measured beside it then
 * (CPU per turn 0.5 / 0.70 ms at 500 calls, p99 15 / 17 ms at 1,000, 2,500 / 2,147 turns/s,
 * idle RSS 150 / 106 MiB, greeting 30 / 35 ms, p99 with a 300 ms model 315 / 320 ms).
 * Printed beside the absolute targets, which alone decide the exit code.
 */
const relativeTargets = { cpu: 0.71, p99At1000: 0.88, slowP99: 0.98, turnsPerSecond: 1.16, idleRss: 1.42, greeting: 0.86 };
const relative: [string, number | undefined, number | undefined, 'at most' | 'at least', number][] = [
  ['CPU per turn at 500 calls', r500?.cpuMsPerTurn, referenceAt(500, 0)?.cpuMsPerTurn, 'at most', relativeTargets.cpu],
  ['p99 first chunk at 1,000 calls', r1000?.p99, referenceAt(1000, 0)?.p99, 'at most', relativeTargets.p99At1000],
  [
    'p99 first chunk with a slow model',
    slow?.p99,
    slowSpec && referenceAt(slowSpec.calls, slowSpec.modelMs, slowSpec.label)?.p99,
    'at most',
    relativeTargets.slowP99,
  ],
  [
    'turns/s at saturation',
    saturation?.turnsPerSecond,
    referenceAt(500, 0, 'saturation')?.turnsPerSecond,
    'at least',
    relativeTargets.turnsPerSecond,
  ],
  [
    'idle RSS',
    first?.idleRssMiB,
    first && referenceAt(first.calls, first.modelMs, first.label)?.idleRssMiB,
    'at most',
    relativeTargets.idleRss,
  ],
  [
    'connect → greeting p50',
    first?.greetingP50,
    first && referenceAt(first.calls, first.modelMs, first.label)?.greetingP50,
    'at most',
    relativeTargets.greeting,
  ],
];
for (const [name, ours, theirs, bound, limit] of relative) {
  if (ours === undefined || theirs === undefined) continue;
  const times = ours / theirs;
  const pass = bound === 'at most' ? times <= limit : times >= limit;
  console.log(verdictLine(`llm-socket relative target: ${name} ${bound} ${limit}× the reference`, pass, `${times.toFixed(2)}×`));
}
const correct = results.every((r) => r.count === r.calls * turns);
process.exitCode = exitCode(
  correct,
  checks.every(([, pass]) => pass),
);
