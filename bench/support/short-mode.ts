/**
 * BENCH_SHORT=1: the quick version CI runs after the tests. Same code paths, smaller numbers;
 * correctness (exact ledger, no leaks, no errors) still fails the run, speed targets are
 * printed but judged only in full runs (a shared CI machine is no place to time things).
 */
export const short = process.env.BENCH_SHORT === '1';

export function verdictLine(name: string, pass: boolean, detail: string): string {
  const verdict = pass ? 'PASS' : short ? 'not judged in short mode' : 'FAIL';
  return `${name}: ${verdict} (${detail})`;
}

/** Exit code for a benchmark: correctness always counts, targets only in full runs. */
export function exitCode(correct: boolean, targetMet: boolean): number {
  return correct && (targetMet || short) ? 0 : 1;
}
