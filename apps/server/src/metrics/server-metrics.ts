import type { CallLatency, SessionMetrics } from '@voxly/api/interview';
import { callSocketCloseCodes, type VendorModes } from '@voxly/config';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every label value is from a fixed set, so no client can add series (each is memory on
 * the server and in Prometheus). Close codes come from the peer: the registered ones
 * (1000–1015) and our own (4001 replaced, 4002 idle) are named, anything else is `other`.
 */
const knownCloseCodes = new Set<number>([
  ...Array.from({ length: 16 }, (_, i) => 1000 + i),
  callSocketCloseCodes.replaced,
  callSocketCloseCodes.idle,
]);
const closeCodeLabel = (code: number): string => (knownCloseCodes.has(code) ? String(code) : 'other');

/** What the webhooks report; an outcome not listed here (none today) is counted as `other`. */
const webhookOutcomes = new Set([
  // Both providers
  'bad-signature',
  'invalid',
  'ignored',
  // Mercado Pago (PaymentOutcome, and a retry asked for)
  'credited',
  'already-credited',
  'order-already-paid',
  'waiting',
  'not-paid',
  'reversed',
  'already-reversed',
  'unknown-payment',
  'unknown-order',
  'amount-mismatch',
  'wrong-market',
  'retry',
  // Retell (RetellEventOutcome)
  'unknown-call',
  'stored',
]);
const webhookOutcomeLabel = (outcome: string): string => (webhookOutcomes.has(outcome) ? outcome : 'other');

/** A vendor's metric label: its kind, from the vocabulary's fixed list (never the client's word). */
type VendorLabel = VendorModes[Exclude<keyof VendorModes, 'database'>];

/** Seconds: from a few milliseconds (a held preemptive reply) to a slow model's seconds. */
const latencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10];

export interface ServerMetrics {
  registry: Registry;
  /** What each live call reports (first chunks, model first tokens, preemptive replies). */
  session: SessionMetrics;
  socketClosed(code: number): void;
  /** Labelled by the vendor that received it: `mercadopago`, `sandbox` or `retell` (each plug-in's config kind). */
  webhook(provider: VendorLabel, outcome: string): void;
  /** Retell's own per-call figures, from its call webhook. */
  retellLatency(latency: CallLatency): void;
}

/**
 * The server's Prometheus metrics (prom-client): per-turn latency as the candidate hears it,
 * the model's part, the preemptive hit rate, live calls, socket closes by code and webhook
 * outcomes, with the process's default metrics.
 */
export function createServerMetrics(liveCalls: () => number): ServerMetrics {
  const registry = new Registry();
  // Event-loop delay sampled every 5 ms (the default 10 ms hides short blocks); reset on each scrape.
  collectDefaultMetrics({ register: registry, prefix: 'voxly_', eventLoopMonitoringPrecision: 5 });
  const firstChunk = new Histogram({
    name: 'voxly_first_chunk_seconds',
    help: 'response_required received to the first chunk of the reply sent, per turn',
    labelNames: ['preemptive'],
    buckets: latencyBuckets,
    registers: [registry],
  });
  const modelFirstToken = new Histogram({
    name: 'voxly_model_first_token_seconds',
    help: 'Model request started to its first chunk',
    buckets: latencyBuckets,
    registers: [registry],
  });
  const preemptive = new Counter({
    name: 'voxly_preemptive_replies_total',
    help: 'Replies started before Retell asked for them, by fate (started, used, dropped)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  new Gauge({
    name: 'voxly_live_calls',
    help: 'Calls with a socket open on this instance',
    registers: [registry],
    collect() {
      this.set(liveCalls());
    },
  });
  const closes = new Counter({
    name: 'voxly_socket_closes_total',
    help: 'LLM socket closes by close code',
    labelNames: ['code'],
    registers: [registry],
  });
  const webhooks = new Counter({
    name: 'voxly_webhook_outcomes_total',
    help: 'Webhook notifications by provider and outcome',
    labelNames: ['provider', 'outcome'],
    registers: [registry],
  });
  const retell = new Histogram({
    name: 'voxly_retell_latency_p50_seconds',
    help: "Retell's own median latency per call, from its call webhook (e2e, llm, llm_websocket_network_rtt)",
    labelNames: ['part'],
    buckets: latencyBuckets,
    registers: [registry],
  });
  return {
    registry,
    session: {
      firstChunk: (ms, isPreemptive) => firstChunk.observe({ preemptive: String(isPreemptive) }, ms / 1000),
      modelFirstToken: (ms) => modelFirstToken.observe(ms / 1000),
      speculation: (outcome) => preemptive.inc({ outcome }),
    },
    socketClosed: (code) => closes.inc({ code: closeCodeLabel(code) }),
    webhook: (provider, outcome) => webhooks.inc({ provider, outcome: webhookOutcomeLabel(outcome) }),
    retellLatency(latency) {
      for (const part of ['e2e', 'llm', 'llm_websocket_network_rtt'] as const) {
        const p50 = latency[part]?.p50;
        if (p50 !== undefined) retell.observe({ part }, p50 / 1000);
      }
    },
  };
}
