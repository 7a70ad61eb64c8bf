/**
 * bench/webhook: signed Mercado Pago notifications at increasing rates against one server
 * process (sandbox provider, PostgreSQL), 10 % of them duplicates of earlier ones. Reports
 * achieved rate and latency (p50, p99), then checks the ledger: every payment credited
 * exactly once, the balance equal to the expected total.
 *
 *   npm run bench:webhook
 *   RATES=500,1000 SECONDS=2 npm run bench:webhook
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchPostgresDatabase } from '@voxly/api/testing';
import pg from 'pg';
import { startServerProcess } from '../support/server-process.ts';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

// BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local test server: a scratch database is made there.
if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
const rates = (process.env.RATES ?? (short ? '250' : '250,500,1000,2000')).split(',').map(Number);
const seconds = Number(process.env.SECONDS ?? (short ? 1 : 3));
const duplicateShare = 0.1;
const target = 1_000;
const creditsPerOrder = 3;
/** Purchases spread over many buyers, as in life: one buyer's row is locked per credit. */
const buyers = Number(process.env.BUYERS ?? 500);

function signed(url: string, secret: string, paymentId: string) {
  const requestId = randomUUID();
  const ts = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`id:${paymentId};request-id:${requestId};ts:${ts};`).digest('hex');
  return fetch(`${url}/webhook/mercadopago?data.id=${paymentId}&type=payment`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, 'x-signature': `ts=${ts},v1=${v1}` },
    body: JSON.stringify({ action: 'payment.created', type: 'payment', data: { id: paymentId } }),
  });
}

const db = await createScratchPostgresDatabase();
const dataDir = mkdtempSync(join(tmpdir(), 'voxly-bench-webhook-'));
const server = await startServerProcess({ DATABASE_URL: db.url, VOXLY_DATA_DIR: dataDir });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
let correct = true;
try {
  const secret = readFileSync(join(dataDir, 'sandbox-webhook-secret'), 'utf8');
  // Every tenth notification repeats an earlier one.
  const uniqueTotal = rates.reduce((sum, rate) => sum + Math.round(rate * seconds), 0);
  // The provider's side, prepared up front: one open order and one approved payment each.
  await client.query(`insert into users (id, name) select 'local:bench-buyer-' || n, 'Bench Buyer' from generate_series(1, $1) n`, [
    buyers,
  ]);
  await client.query(
    `insert into orders (id, user_id, package_id, credits, amount, currency)
     select gen_random_uuid(), 'local:bench-buyer-' || (1 + n % $3), 'starter', $1, 29.90, 'BRL' from generate_series(1, $2) n`,
    [creditsPerOrder, uniqueTotal, buyers],
  );
  await client.query(
    `insert into sandbox_payments (id, external_reference, status, amount, currency)
     select (1000000 + row_number() over ())::text, id::text, 'approved', 29.90, 'BRL' from orders`,
  );
  let nextPayment = 1_000_001;
  const used: string[] = [];
  let sent = 0;
  const results: { rate: number; achieved: number; p99: number }[] = [];

  for (const rate of rates) {
    const total = Math.round(rate * seconds);
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const started = performance.now();
    const inflight: Promise<void>[] = [];
    for (let i = 0; i < total; i += 1) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((r) => setTimeout(r, wait));
      const duplicate = used.length > 0 && i % Math.round(1 / duplicateShare) === Math.round(1 / duplicateShare) - 1;
      const paymentId = duplicate ? used[Math.floor(Math.random() * used.length)]! : String(nextPayment++);
      if (!duplicate) used.push(paymentId);
      const t0 = performance.now();
      inflight.push(
        signed(server.url, secret, paymentId).then(async (response) => {
          await response.arrayBuffer();
          latencies.push(performance.now() - t0);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        }),
      );
    }
    await Promise.all(inflight);
    sent += total;
    const elapsed = (performance.now() - started) / 1000;
    const s = summarise(latencies);
    console.log(
      `webhook offered ${String(rate).padStart(5)}/s: achieved ${(total / elapsed).toFixed(0)}/s, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, ` +
        `max ${ms(s.max)}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    if ([...statuses.keys()].some((status) => status !== 200)) correct = false;
    results.push({ rate, achieved: total / elapsed, p99: s.p99 });
  }

  const { rows } = await client.query<{ credited: string; rows: string; distinct_payments: string; balance: string }>(
    `select coalesce(sum(delta), 0) as credited, count(*) as rows, count(distinct payment_id) as distinct_payments,
            (select sum(credits) from users where id like 'local:bench-buyer-%') as balance
       from credit_ledger where user_id like 'local:bench-buyer-%' and reason = 'purchase'`,
  );
  const expected = used.length * creditsPerOrder;
  const ledger = rows[0]!;
  const exact = Number(ledger.credited) === expected && Number(ledger.rows) === used.length && Number(ledger.balance) === expected;
  console.log(
    `webhook ledger: ${sent} notifications, ${used.length} distinct payments, ${sent - used.length} duplicates; ` +
      `credited ${ledger.credited} (expected ${expected}), ledger rows ${ledger.rows}, balances ${ledger.balance}: ${exact ? 'EXACT' : 'WRONG'}`,
  );
  if (!exact) correct = false;
  // The target holds when the server keeps up with an offered 1,000/s (within 5 %) with sub-second p99.
  const atTarget = results.find((r) => r.rate === target);
  const met = atTarget ? atTarget.achieved >= target * 0.95 && atTarget.p99 < 1_000 : false;
  console.log(
    verdictLine(
      `webhook target (>= ${target}/s sustained, zero double credits)`,
      met && correct,
      atTarget ? `achieved ${atTarget.achieved.toFixed(0)}/s, p99 ${ms(atTarget.p99)}` : `no run at ${target}/s`,
    ),
  );
  process.exitCode = exitCode(correct, met);
} finally {
  await client.end();
  await server.stop();
  await db.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
