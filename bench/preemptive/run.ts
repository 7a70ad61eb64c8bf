/**
 * bench/preemptive: preemptive replies in a simulated call. Each candidate turn is streamed
 * as Retell does it: partial `update_only`s mid-sentence, one with the finished words, and
 * `response_required` 300–700 ms later; in one turn of five the candidate goes on after the
 * finished-looking words (a revision). The model is a fake streaming server in its own
 * process whose first token takes 300 ms. The same calls run with preemptive replies off
 * and on; printed: the share of turns whose first chunk came within 50 ms of
 * `response_required`, first-chunk p50/p99, and the model tokens spent, on over off.
 *
 *   npm run bench:preemptive            CALLS=40 TURNS=6 FIRST_TOKEN_MS=300 REVISION_RATE=0.2
 */
import { createScratchPostgresDatabase } from '@voxly/api/testing';
import { askForReply, browserRoute, openCall, registerCalls, type BenchCall } from '../support/calls.ts';
import { startModelProcess, type ModelProcess } from '../support/model-process.ts';
import { startServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const calls = Number(process.env.CALLS ?? (short ? 10 : 40));
const turns = Number(process.env.TURNS ?? (short ? 2 : 6));
const firstTokenMs = Number(process.env.FIRST_TOKEN_MS ?? 300);
const revisionRate = Number(process.env.REVISION_RATE ?? 0.2);
const target = { withinMs: 50, hitShare: 0.6, tokenRatio: 1.3 };

/** A seeded generator: both runs play exactly the same turns. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const sentences = [
  'I owned the payments API end to end and measured latency before and after the redesign',
  'We moved the billing jobs to an event queue and cut the nightly run from four hours to forty minutes',
  'I paired with the data team on the schema change and we shipped it without downtime',
];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function converse(call: BenchCall, random: () => number, latencies: number[]) {
  const transcript: { role: string; content: string }[] = [{ role: 'agent', content: 'Hi, tell me about yourself.' }];
  const update = (content: string) =>
    call.ws.send(JSON.stringify({ interaction_type: 'update_only', transcript: [...transcript, { role: 'user', content }] }));
  for (let id = 1; id <= turns; id += 1) {
    await sleep(200 + random() * 400);
    const words = (sentences[id % sentences.length] ?? '').split(' ');
    // The words as speech recognition hears them: partial, unpunctuated, then the finished sentence.
    for (let n = 4; n < words.length; n += 4) {
      update(words.slice(0, n).join(' '));
      await sleep(150);
    }
    let said = `${words.join(' ')}.`;
    update(said);
    if (random() < revisionRate) {
      await sleep(150 + random() * 200);
      said = `${said} And I wrote the runbook for it.`;
      update(said);
    }
    await sleep(300 + random() * 400);
    transcript.push({ role: 'user', content: said });
    latencies.push(await askForReply(call, id, transcript));
    transcript.push({ role: 'agent', content: 'Thanks. What was the hardest trade-off?' });
  }
}

async function runOnce(model: ModelProcess, preemptive: number) {
  const db = await createScratchPostgresDatabase();
  const server = await startServerProcess({
    DATABASE_URL: db.url,
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'fake',
    OPENAI_API_KEY: 'sk-bench-fake',
    // The fake stands for a hosted model (it serves any number at once), though it listens on loopback.
    OPENAI_LOCAL_MODEL: 'false',
    VOXLY_PREEMPTIVE_REPLIES: String(preemptive),
  });
  try {
    const { cookie, callIds } = await registerCalls(server.url, db.url, calls);
    await model.reset();
    const open = await Promise.all(callIds.map((id) => openCall(server.url, browserRoute(cookie), id)));
    const latencies: number[] = [];
    await Promise.all(open.map((call, i) => converse(call, seeded(i + 1), latencies)));
    for (const call of open) call.ws.close();
    const tokens = await model.stats();
    return { latencies, tokens };
  } finally {
    await server.stop();
    await db.drop();
  }
}

process.on('unhandledRejection', (e) => {
  console.error(e);
  process.exit(1);
});
const model = await startModelProcess({ firstTokenMs, tokens: 24, tokenGapMs: 5 });
try {
  const off = await runOnce(model, 0);
  const on = await runOnce(model, 1);
  const within = (latencies: number[]) => latencies.filter((l) => l <= target.withinMs).length / latencies.length;
  const spent = (t: typeof on.tokens) => t.promptTokens + t.completionTokens;
  const ratio = spent(on.tokens) / spent(off.tokens);
  for (const [name, run] of [
    ['off', off],
    ['on ', on],
  ] as const) {
    const s = summarise(run.latencies);
    console.log(
      `preemptive ${name}: ${calls} calls × ${turns} turns, model first token ${firstTokenMs} ms: first chunk p50 ${ms(s.p50)}, p99 ${ms(s.p99)}; ` +
        `${(within(run.latencies) * 100).toFixed(1)} % within ${target.withinMs} ms; model requests ${run.tokens.requests}, ` +
        `tokens ${run.tokens.promptTokens} prompt + ${run.tokens.completionTokens} completion (${run.tokens.aborted} streams aborted)`,
    );
  }
  const hit = within(on.latencies);
  const met = hit >= target.hitShare && ratio <= target.tokenRatio;
  const correct = on.latencies.length === calls * turns && off.latencies.length === calls * turns;
  console.log(
    verdictLine(
      `preemptive target (≥ ${target.hitShare * 100} % of turns within ${target.withinMs} ms, tokens ≤ ${target.tokenRatio}× without)`,
      met,
      `${(hit * 100).toFixed(1)} % within ${target.withinMs} ms; tokens ${ratio.toFixed(2)}×`,
    ),
  );
  process.exitCode = exitCode(correct, met);
} finally {
  model.stop();
}
