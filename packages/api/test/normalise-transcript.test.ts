import { describe, expect, it } from 'vitest';
import { normaliseTranscript } from '../src/domain/interview/transcript.ts';

describe('normaliseTranscript', () => {
  it('keeps agent and user lines and their well-formed word timings, nothing else', () => {
    expect(
      normaliseTranscript([
        { role: 'agent', content: 'Hi.' },
        { role: 'system', content: 'ignored' },
        { role: 'user', content: 'I led it.', words: [{ word: 'I', start: 0.1, end: 0.2, confidence: 0.9 }, { word: 'led' }] },
      ]),
    ).toEqual([
      { role: 'agent', content: 'Hi.' },
      { role: 'user', content: 'I led it.', words: [{ word: 'I', start: 0.1, end: 0.2 }] },
    ]);
  });

  it('drops a timed word that could not be stored: control characters, broken text, or no word at all', () => {
    const words = [
      { word: 'fine', start: 0, end: 0.3 },
      { word: 'nul\u0000', start: 0.3, end: 0.4 },
      { word: 'half\uD800', start: 0.4, end: 0.5 },
      { word: 'x'.repeat(101), start: 0.5, end: 0.6 },
      { word: 'inf', start: 0.6, end: Number.POSITIVE_INFINITY },
    ];
    expect(normaliseTranscript([{ role: 'user', content: 'fine', words }])).toEqual([
      { role: 'user', content: 'fine', words: [{ word: 'fine', start: 0, end: 0.3 }] },
    ]);
  });
});
