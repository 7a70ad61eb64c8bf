/**
 * bench/frames: what checking an incoming socket frame costs late in a call. Retell sends the
 * whole transcript in every frame, many times a second while the candidate speaks; the socket
 * checks only the turns it has not seen (`parseFrame(data, seen)`). Frames here are
 * `update_only` with the candidate's last turn growing word by word, at 5 to 120 turns.
 * Printed: µs per frame checked in full and after the turns already seen, with
 * `JSON.parse` alone for scale; PASS/FAIL against the target (a ratio to `JSON.parse`). Correctness (both ways give
 * the same verdict and event, frame by frame) fails the run in any mode.
 *
 *   npm run bench:frames
 */
import { isDeepStrictEqual } from 'node:util';
import { parseFrame, turnsOf, type SeenTurns } from '@voxly/api/interview';
import { exitCode, short, verdictLine } from '../support/short-mode.ts';
import { summarise } from '../support/stats.ts';

/** A 15-minute interview is 40–60 turns; 120 covers a talkative one. */
const turnCounts = [5, 30, 60, 120];
/** Checking may add at most half of what `JSON.parse` costs on the same frames (a ratio: machines differ). */
const target = { turns: 60, maxRatioToJson: 1.5 };
const rounds = short ? 3 : 15;

const question = 'Tell me about a time you had to trade latency against correctness in a payments system.';
const answer =
  'In my last role I owned the payments API end to end, measured latency before and after our redesign, and cut p99 by half while keeping every invoice correct. ';

/** The frames Retell would send while the candidate says their last answer, word by word. */
function framesAt(turns: number): string[] {
  const history = Array.from({ length: turns - 1 }, (_, i) => ({
    role: i % 2 ? 'user' : 'agent',
    content: i % 2 ? answer.repeat(3) : question,
  }));
  const words = answer.repeat(2).trim().split(' ');
  return words.map((_, w) =>
    JSON.stringify({
      interaction_type: 'update_only',
      transcript: [...history, { role: 'user', content: words.slice(0, w + 1).join(' ') }],
      turntaking: 'user_turn',
    }),
  );
}

/** µs per frame over all frames, median of `rounds` passes. */
function time(frames: string[], check: (frame: string, previous: SeenTurns) => SeenTurns): number {
  const passes: number[] = [];
  for (let round = 0; round <= rounds; round += 1) {
    let seen: SeenTurns = [];
    const started = performance.now();
    for (const frame of frames) seen = check(frame, seen);
    if (round > 0) passes.push(((performance.now() - started) * 1000) / frames.length); // round 0 warms up
  }
  return summarise(passes).p50;
}

const accept = (frame: string, seen: SeenTurns): SeenTurns => {
  const parsed = parseFrame(frame, seen);
  if (!parsed.ok) throw new Error(`a valid frame was refused: ${parsed.reason}`);
  return turnsOf(parsed.event) ?? seen;
};

let correct = true;
let ratioAtTarget = Number.NaN;
for (const turns of turnCounts) {
  const frames = framesAt(turns);
  // Both ways must agree on every frame before either is timed.
  let seen: SeenTurns = [];
  for (const frame of frames) {
    const full = parseFrame(frame);
    const after = parseFrame(frame, seen);
    if (!isDeepStrictEqual(full, after)) correct = false;
    if (after.ok) seen = turnsOf(after.event) ?? seen;
  }
  const full = time(frames, (frame) => accept(frame, []));
  const after = time(frames, accept);
  const json = time(frames, (frame, previous) => (JSON.parse(frame), previous));
  if (turns === target.turns) ratioAtTarget = after / json;
  const kb = (frames.at(-1)!.length / 1024).toFixed(1);
  console.log(
    `frames ${turns} turns (${kb} kB): checked in full ${full.toFixed(1)} µs, after the turns seen ${after.toFixed(1)} µs, JSON.parse alone ${json.toFixed(1)} µs`,
  );
}
console.log(
  verdictLine(
    'frames correctness (same verdict and event with and without the turns seen)',
    correct,
    correct ? 'all frames' : 'a frame differed',
  ),
);
const met = ratioAtTarget <= target.maxRatioToJson;
console.log(
  verdictLine(
    `frames target: a frame of ${target.turns} turns checked in ≤ ${target.maxRatioToJson}× JSON.parse's time`,
    met,
    `${ratioAtTarget.toFixed(2)}×`,
  ),
);
process.exitCode = exitCode(correct, met);
