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

type Turns = ReturnType<typeof fifteenMinuteTranscript>;

const ITERATIONS = Number(process.env.ITERATIONS ?? (short ? 200 : 2_000));
const TARGET_MS = 20;

/**
 * Each run gets its own transcript (every candidate turn ends on a word of its own), so nothing a
 * run remembers of the text it read can serve the next: the figure is one interview's cost.
 */
function freshCopy(transcript: Turns, run: number): Turns {
  const mark = `zq${run.toString(26).replace(/\d/g, (d) => 'abcdefghij'[Number(d)] ?? d)}`;
  return transcript.map((turn) => (turn.role === 'user' ? { ...turn, content: `${turn.content} ${mark}` } : turn));
}

let worstP99 = 0;
for (const language of languages) {
  const transcript = fifteenMinuteTranscript(language);
  const words = transcript.filter((t) => t.role === 'user').reduce((n, t) => n + t.content.split(/\s+/).length, 0);
  const run = (turns: Turns) => {
    const metrics = speechMetrics(turns, language, 'time');
    return ruleBasedFeedback({ field: 'engineering', language, transcript: turns, metrics, endReason: 'time' });
  };
  let copies = 0;
  for (let i = 0; i < 50; i += 1) run(freshCopy(transcript, (copies += 1))); // warm-up: let the JIT settle
  const samples: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const turns = freshCopy(transcript, (copies += 1));
    const start = performance.now();
    run(turns);
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
