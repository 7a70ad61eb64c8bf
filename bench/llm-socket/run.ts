/**
 * bench/llm-socket: N concurrent interview calls, each speaking Retell's protocol over a
 * real WebSocket to the server in its own process, on PostgreSQL, with the model behind a
 * fake OpenAI-compatible streaming server in another process (the same for every run).
 * The server runs in Retell mode, as production does: calls are registered with Retell's
 * REST API (a fake speaking its wire) and dialled on the secret socket path, not by a
 * signed-in browser (`LOCAL_VOICE=1` measures that path instead).
 * Printed per run: `response_required` → first chunk p50/p99, server CPU per turn (from
 * /proc, with the kernel's share), turns/s, event-loop delay p99 and max (the server's own
 * monitorEventLoopDelay, read from its /metrics on an internal port), idle RSS and RSS per
 * open call, and connect → greeting p50, both for calls opened 50 at a time (judged) and
 * one at a time on the idle server; PASS/FAIL against the targets (`verdicts.ts`).
 *
 *   npm run bench:llm-socket
 *   RUNS=500:0:1000:1,1000:300:1000:1 TURNS=5 npm run bench:llm-socket      (calls:model ms:pace ms:instances)
 *   BENCH_REFERENCE_DIR=<checkout of RetellAI/retell-custom-llm-node-demo> ROUNDS=3 npm run bench:llm-socket
 *
 * With BENCH_REFERENCE_DIR, every single-instance run is repeated against Retell's own demo
 * server (same client, same fake model, one streamed request per turn), interleaved over
 * ROUNDS rounds, which of the two goes first alternating by round (the first pays for the
 * load generator's own warm-up), and each row is printed beside it with the ratio.
 */
import { createScratchPostgresDatabase, freePort } from '@voxly/api/testing';
import { FakeRetell } from '../../apps/server/test/support/fake-retell.ts';
import {
  askForReply,
  browserRoute,
  openCall,
  registerCalls,
  retellRoute,
  retellVoiceEnv,
  type BenchCall,
  type SocketRoute,
} from '../support/calls.ts';
import { startModelProcess, type ModelProcess } from '../support/model-process.ts';
import { cpuTimes, eventLoopDelay } from '../support/process-stats.ts';
import { startReferenceServer } from '../support/reference-server.ts';
import { startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { exitCode, short } from '../support/short-mode.ts';
import { summarise } from '../support/stats.ts';
import { describeRatios, describeRun, parseRuns, type RunResult, type RunSpec } from './figures.ts';
import { printVerdicts } from './verdicts.ts';

// BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local test server: a scratch database is made there.
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const defaults = short ? '100:0:1000:2' : '100:0:1000:1,500:0:1000:1,1000:0:1000:1,1000:300:1000:1,500:0:100:1:saturation,1000:0:1000:2';
const runs = parseRuns(process.env.RUNS ?? defaults);
const turns = Number(process.env.TURNS ?? (short ? 3 : 5));
/** Calls opened one at a time before the others, on the idle server; they stay open and silent. */
const aloneCalls = short ? 5 : 20;
const answer =
  'In my last role I owned the payments API end to end, measured latency before and after our redesign, and cut p99 by half while keeping every invoice correct.';

async function converse(call: BenchCall, paceMs: number, latencies: number[]) {
  const transcript: { role: string; content: string }[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  for (let id = 1; id <= turns; id += 1) {
    await new Promise((r) => setTimeout(r, paceMs * (0.5 + Math.random()))); // candidates do not speak in lockstep
    transcript.push({ role: 'user', content: answer });
    latencies.push(await askForReply(call, id, transcript));
    transcript.push({ role: 'agent', content: 'Next question.' });
  }
}

const localVoice = process.env.LOCAL_VOICE === '1';
const retell = localVoice ? undefined : await new FakeRetell().start();
const referenceDir = process.env.BENCH_REFERENCE_DIR;
const rounds = Number(process.env.ROUNDS ?? 1);

/** Retell's demo: no registration (it takes any call id), no database, no metrics. */
async function runReference(spec: RunSpec, model: ModelProcess) {
  const server = await startReferenceServer(referenceDir!, model.baseURL);
  try {
    const idleRss = server.rssBytes();
    const callIds = Array.from({ length: spec.calls + aloneCalls }, (_, i) => `reference-call-${i}-${Date.now()}`);
    return await converseAll(spec, [server], [], idleRss, () => Promise.resolve({ route: browserRoute(null), callIds }));
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
          // The fake stands for a hosted model (it serves any number at once), though it listens on loopback.
          OPENAI_LOCAL_MODEL: 'false',
          VOXLY_METRICS_PORT: String(metricsPort),
          ...(retell ? retellVoiceEnv(retell.baseURL) : {}),
        }),
      );
    }
    const idleRss = servers[0]!.rssBytes();
    return await converseAll(spec, servers, metricsPorts, idleRss, async () => {
      const { cookie, callIds } = await registerCalls(servers[0]!.url, db.url, spec.calls + aloneCalls);
      return { route: retell ? retellRoute : browserRoute(cookie), callIds };
    });
  } finally {
    for (const s of servers) await s.stop();
    await db.drop();
  }
}

/**
 * Opens a few calls one at a time, then every conversing call (50 at a time), then has the
 * conversing calls talk; the figures of one run.
 */
async function converseAll(
  spec: RunSpec,
  servers: ServerProcess[],
  metricsPorts: number[],
  idleRss: number,
  register: () => Promise<{ route: SocketRoute; callIds: string[] }>,
): Promise<RunResult> {
  const { route, callIds } = await register();
  const rss = () => servers.reduce((sum, s) => sum + s.rssBytes(), 0);
  const cpu = () => servers.map((s) => cpuTimes(s.pid)).reduce((a, b) => ({ user: a.user + b.user, system: a.system + b.system }));
  const rssBefore = rss();
  // Registered through the first instance; served round-robin, as a load balancer would.
  const serverFor = (i: number) => servers[i % servers.length]!.url;
  const alone: BenchCall[] = [];
  for (const [i, id] of callIds.slice(0, aloneCalls).entries()) alone.push(await openCall(serverFor(i), route, id));
  const conversing = callIds.slice(aloneCalls);
  const open: BenchCall[] = [];
  const opening = process.hrtime.bigint() / 1000n;
  for (let i = 0; i < conversing.length; i += 50) {
    const batch = conversing.slice(i, i + 50);
    open.push(...(await Promise.all(batch.map((id, j) => openCall(serverFor(i + j), route, id)))));
  }
  const rssOpen = rss();
  if (process.env.BENCH_CPU_PROFILE_DIR)
    console.log(`llm-socket profile window, opening: ${opening}..${process.hrtime.bigint() / 1000n} µs`);
  await Promise.all(metricsPorts.map(eventLoopDelay)); // resets the servers' event-loop histograms
  const cpuBefore = cpu();
  const latencies: number[] = [];
  const started = performance.now();
  const window = { from: process.hrtime.bigint() / 1000n };
  await Promise.all(open.map((call) => converse(call, spec.paceMs, latencies)));
  const seconds = (performance.now() - started) / 1000;
  // The conversation's span on the monotonic clock V8's profiles use: read a profile from here to here.
  if (process.env.BENCH_CPU_PROFILE_DIR)
    console.log(`llm-socket profile window, conversation: ${window.from}..${process.hrtime.bigint() / 1000n} µs (${spec.calls} calls)`);
  const cpuAfter = cpu();
  const [user, system] = [cpuAfter.user - cpuBefore.user, cpuAfter.system - cpuBefore.system];
  const loops = metricsPorts.length > 0 ? await Promise.all(metricsPorts.map(eventLoopDelay)) : [{ p99: Number.NaN, max: Number.NaN }];
  for (const call of [...alone, ...open]) call.ws.close();
  return {
    ...spec,
    ...summarise(latencies),
    turnsPerSecond: latencies.length / seconds,
    cpuMsPerTurn: (user + system) / latencies.length,
    systemShare: system / (user + system),
    eventLoop: { p99: Math.max(...loops.map((l) => l.p99)), max: Math.max(...loops.map((l) => l.max)) },
    idleRssMiB: idleRss / 2 ** 20,
    kbPerCall: (rssOpen - rssBefore) / 1024 / callIds.length,
    greetingP50: summarise(open.map((c) => c.greetingMs)).p50,
    greetingAloneP50: summarise(alone.map((c) => c.greetingMs)).p50,
  };
}

process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});

const models = new Map<number, ModelProcess>();
const results: RunResult[] = [];
const referenceResults: RunResult[] = [];
try {
  for (let round = 1; round <= rounds; round += 1) {
    for (const spec of runs) {
      if (!models.has(spec.modelMs)) models.set(spec.modelMs, await startModelProcess({ firstTokenMs: spec.modelMs, tokens: 12 }));
      const model = models.get(spec.modelMs)!;
      const withReference = referenceDir !== undefined && spec.instances === 1;
      const referenceFirst = withReference && round % 2 === 0;
      const ref = referenceFirst ? await runReference(spec, model) : undefined;
      const r = await runOnce(spec, model);
      results.push(r);
      console.log(describeRun(r, 'voxly    ', turns));
      if (!withReference) continue;
      const reference = ref ?? (await runReference(spec, model));
      referenceResults.push(reference);
      console.log(describeRun(reference, 'reference', turns));
      console.log(describeRatios(r, reference));
    }
  }
} finally {
  for (const model of models.values()) model.stop();
  await retell?.stop();
}

const targetsMet = printVerdicts(results, referenceResults, rounds);
const correct = results.every((r) => r.count === r.calls * turns);
process.exitCode = exitCode(correct, targetsMet);
