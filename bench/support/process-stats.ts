import { readFileSync } from 'node:fs';

export interface CpuTimes {
  /** User and system (kernel) CPU time so far, in ms. */
  user: number;
  system: number;
}

/** A process's CPU time so far, from /proc (Linux clock ticks of 10 ms). */
export function cpuTimes(pid: number): CpuTimes {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { user: Number(fields[11]) * 10, system: Number(fields[12]) * 10 };
}

/** The server's event-loop delay since the last scrape (prom-client resets it on each one). */
export async function eventLoopDelay(metricsPort: number): Promise<{ p99: number; max: number }> {
  const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  const read = (name: string) => Number(new RegExp(`^${name} ([0-9.e+-]+)$`, 'm').exec(text)?.[1] ?? Number.NaN) * 1000;
  return { p99: read('voxly_nodejs_eventloop_lag_p99_seconds'), max: read('voxly_nodejs_eventloop_lag_max_seconds') };
}
