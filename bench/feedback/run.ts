/**
 * Rule-based feedback and speech metrics for a full 15-minute transcript, per language:
 * the work local mode does when a candidate opens their feedback page.
 *
 *   npm run bench:feedback            (ITERATIONS=2000 by default)
 */
import { ruleBasedFeedback, speechMetrics } from '@voxly/api/feedback';
import { fifteenMinuteTranscript } from '@voxly/api/testing';
import { languages } from '@voxly/config';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { ms, summarise } from '../support/stats.ts';

const ITERATIONS = Number(process.env.ITERATIONS ?? (short ? 200 : 2_000));
const TARGET_MS = 20;

let worstP99 = 0;
for (const language of languages) {
  const transcript = fifteenMinuteTranscript(language);
  const words = transcript.filter((t) => t.role === 'user').reduce((n, t) => n + t.content.split(/\s+/).length, 0);
  const run = () => {
    const metrics = speechMetrics(transcript, language, 'time');
    return ruleBasedFeedback({ field: 'engineering', language, transcript, metrics, endReason: 'time' });
  };
  for (let i = 0; i < 50; i += 1) run(); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  const stats = summarise(samples);
  worstP99 = Math.max(worstP99, stats.p99);
  console.log(
    `${language.padEnd(5)} ${transcript.length} turns, ${words} candidate words: p50 ${ms(stats.p50)}  p90 ${ms(stats.p90)}  p99 ${ms(stats.p99)}  max ${ms(stats.max)}  (${stats.count} runs)`,
  );
}
const met = worstP99 < TARGET_MS;
console.log(verdictLine(`feedback target (< ${TARGET_MS} ms per interview)`, met, `worst p99 ${ms(worstP99)}`));
process.exitCode = exitCode(true, met);
