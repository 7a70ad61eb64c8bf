import { describe, expect, it } from 'vitest';
import { parseFrame, turnsOf, type SeenTurns } from '../src/domain/interview/retell-protocol.ts';

const said = (n: number) => ({
  role: n % 2 ? 'user' : 'agent',
  content: `Turn ${n}: what was said, at some length, with “quotes” and ünïcode.`,
});
const transcript = (n: number) => Array.from({ length: n }, (_, i) => said(i));
const frame = (turns: unknown[], type = 'update_only', extra: object = {}) =>
  JSON.stringify({ interaction_type: type, transcript: turns, ...(type === 'update_only' ? {} : { response_id: 3 }), ...extra });

/** What the socket keeps after accepting a frame: its turns. */
const seenAfter = (data: string): SeenTurns => {
  const parsed = parseFrame(data);
  if (!parsed.ok) throw new Error('the seed frame must be valid');
  return turnsOf(parsed.event) ?? [];
};

/** With or without what was seen, a frame gets the same verdict and the same event. */
const expectSameVerdict = (data: string, seen: SeenTurns) => {
  const full = parseFrame(data);
  const after = parseFrame(data, seen);
  expect(after.ok).toBe(full.ok);
  if (full.ok && after.ok) expect(after.event).toEqual(full.event);
  else expect(after).toMatchObject({ reason: (full as { reason: string }).reason });
  return after;
};

describe('parseFrame after turns already seen', () => {
  const seen = seenAfter(frame(transcript(6)));

  it('accepts the same and a longer transcript, returning what a full check returns', () => {
    expect(expectSameVerdict(frame(transcript(6)), seen).ok).toBe(true);
    expect(expectSameVerdict(frame(transcript(8), 'response_required'), seen).ok).toBe(true);
    // Turns carry fields we do not check (word timings): they come through as they would.
    const timed = transcript(7).map((t, i) => (i === 6 ? { ...t, words: [{ word: 'Turn', start: 1, end: 1.2 }] } : t));
    expect(expectSameVerdict(frame(timed), seen).ok).toBe(true);
  });

  it('still refuses a new turn, a changed turn or a changed speaker that fails the check', () => {
    const cases: unknown[][] = [
      [...transcript(6), { role: 'user', content: 'x'.repeat(20_001) }], // a new turn
      transcript(6).map((t, i) => (i === 1 ? { ...t, content: 7 } : t)), // a seen place, new text
      transcript(6).map((t, i) => (i === 2 ? { ...t, role: 'r'.repeat(41) } : t)), // the same text, another speaker
      transcript(6).map((t, i) => (i === 3 ? null : t)),
      transcript(6).map((t, i) => (i === 3 ? t.content : t)),
      transcript(6).map((t, i) => (i === 0 ? { role: t.role, content: 42 } : t)),
      transcript(6).map((t, i) => (i === 5 ? { ...t, content: 'x'.repeat(20_001) } : t)),
    ];
    for (const turns of cases) expect(expectSameVerdict(frame(turns), seen)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('cleans what cannot be stored out of a new or changed turn instead of refusing the frame, seen turns or not', () => {
    // Refusing the frame left the candidate's turn without a reply (issue #26).
    const cases: [unknown[], string][] = [
      [[...transcript(6), { role: 'user', content: 'hi\u0000there' }], 'hithere'],
      [transcript(7).map((t, i) => (i === 6 ? { ...t, content: `${t.content}\u0007` } : t)), said(6).content],
      [[...transcript(6), { role: 'user', content: '\ud800 broken\u0085\r\n\tline' }], '\uFFFD broken\r\n\tline'],
    ];
    for (const [turns, cleaned] of cases) {
      const after = expectSameVerdict(frame(turns), seen);
      expect(after.ok).toBe(true);
      if (after.ok) expect(turnsOf(after.event)?.at(-1)?.content).toBe(cleaned);
    }
  });

  it('refuses what the frame itself gets wrong, seen turns or not', () => {
    expect(expectSameVerdict(frame(transcript(6), 'response_required', { response_id: -1 }), seen).ok).toBe(false);
    expect(expectSameVerdict(JSON.stringify({ interaction_type: 'update_only', transcript: 'not a list' }), seen).ok).toBe(false);
    expect(expectSameVerdict(frame(Array.from({ length: 2_001 }, (_, i) => said(i % 6))), seen).ok).toBe(false);
    expect(parseFrame('{"interaction_type":"update_only",', seen)).toEqual({ ok: false, reason: 'not-json' });
    // A stray transcript on an event that has none is not looked at, with or without what was seen.
    expect(expectSameVerdict(JSON.stringify({ interaction_type: 'ping_pong', timestamp: 1, transcript: 'x' }), seen).ok).toBe(true);
  });

  it('agrees with the full check on many mixed frames', () => {
    // A fixed pseudo-random walk: turns kept, changed, dropped or broken, frame after frame.
    let state = 7;
    const random = () => (state = (state * 48271) % 2147483647) / 2147483647;
    // Cleaned and accepted (control characters, a broken half) or refused (not text, too long).
    const broken: unknown[] = ['a\u0000b', 42, '\ud800', 'x'.repeat(20_001)];
    let last = seen;
    let accepted = 0;
    for (let round = 0; round < 300; round += 1) {
      const turns: unknown[] = last.map((t) => ({ ...t }));
      const at = Math.floor(random() * (turns.length + 1));
      const pick = random();
      if (pick < 0.4) turns.push(said(turns.length));
      else if (pick < 0.6) turns[at] = { role: 'user', content: `revised ${round}` };
      else if (pick < 0.75) turns[at] = { role: 'user', content: broken[round % broken.length] };
      else if (pick < 0.85) turns.splice(at, 1);
      const data = frame(turns, random() < 0.5 ? 'update_only' : 'response_required');
      const after = expectSameVerdict(data, last);
      if (after.ok) {
        last = turnsOf(after.event) ?? last;
        accepted += 1;
      }
    }
    expect(accepted).toBeGreaterThan(100);
    expect(accepted).toBeLessThan(300);
  });
});
