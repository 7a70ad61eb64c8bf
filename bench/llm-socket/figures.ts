import { ms } from '../support/stats.ts';

export interface RunSpec {
  calls: number;
  modelMs: number;
  /** Mean pause between a reply and the candidate's next turn (people take 10–60 s: this is faster than life). */
  paceMs: number;
  instances: number;
  label: string;
}

/** The figures of one run of one server. */
export interface RunResult extends RunSpec {
  count: number;
  p50: number;
  p99: number;
  max: number;
  turnsPerSecond: number;
  cpuMsPerTurn: number;
  /** The kernel's share of that CPU (sockets, wake-ups), 0–1. */
  systemShare: number;
  eventLoop: { p99: number; max: number };
  idleRssMiB: number;
  kbPerCall: number;
  /** Connect → greeting p50, calls opened 50 at a time (the judged figure). */
  greetingP50: number;
  /** Connect → greeting p50 of calls opened one at a time on the idle server (what one candidate meets). */
  greetingAloneP50: number;
}

export const parseRuns = (text: string): RunSpec[] =>
  text.split(',').map((run) => {
    const [calls, modelMs, paceMs, instances, label] = run.split(':');
    return {
      calls: Number(calls),
      modelMs: Number(modelMs ?? 0),
      paceMs: Number(paceMs ?? 1000),
      instances: Number(instances ?? 1),
      label: label ?? '',
    };
  });

export const describeRun = (r: RunResult, who: string, turns: number) =>
  `llm-socket ${who} ${String(r.calls).padStart(5)} calls × ${turns} turns on ${r.instances} instance${r.instances === 1 ? '' : 's'}, model ${r.modelMs} ms, pace ${r.paceMs} ms${r.label ? ` (${r.label})` : ''}: ` +
  `first chunk p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}; CPU ${r.cpuMsPerTurn.toFixed(2)} ms/turn (${(r.systemShare * 100).toFixed(0)} % kernel); ${r.turnsPerSecond.toFixed(0)} turns/s; ` +
  `event loop p99 ${ms(r.eventLoop.p99)}, max ${ms(r.eventLoop.max)}; idle RSS ${r.idleRssMiB.toFixed(0)} MiB, ${r.kbPerCall.toFixed(1)} KiB per call; ` +
  `connect → greeting p50 ${ms(r.greetingP50)} (50 at a time), ${ms(r.greetingAloneP50)} (one at a time)`;

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export const describeRatios = (r: RunResult, ref: RunResult) =>
  `llm-socket voxly/reference: first chunk p50 ${ratio(r.p50, ref.p50)}, p99 ${ratio(r.p99, ref.p99)}; CPU per turn ${ratio(r.cpuMsPerTurn, ref.cpuMsPerTurn)}; ` +
  `turns/s ${ratio(r.turnsPerSecond, ref.turnsPerSecond)}; idle RSS ${ratio(r.idleRssMiB, ref.idleRssMiB)}; ` +
  `greeting p50 ${ratio(r.greetingP50, ref.greetingP50)} (50 at a time), ${ratio(r.greetingAloneP50, ref.greetingAloneP50)} (one at a time)`;

/** Over rounds, each figure of a setting is its median (one round: the figures themselves). */
export function medianOf(rows: RunResult[]): RunResult | undefined {
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
    greetingAloneP50: mid((r) => r.greetingAloneP50),
  };
}
