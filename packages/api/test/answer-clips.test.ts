import { describe, expect, it } from 'vitest';
import { answerClips } from '../src/domain/interview/answer-clips.ts';
import type { StoredTurn } from '../src/domain/interview/transcript.ts';

const words = (...timings: [number, number][]) => timings.map(([start, end], i) => ({ word: `w${i}`, start, end }));

describe('answerClips: where each answer sits in the recording, from word timings', () => {
  it('plays each answer from its first word’s start to its last word’s end, keyed by the question before it', () => {
    const transcript: StoredTurn[] = [
      { role: 'agent', content: 'Hi, tell me about yourself.', words: words([0.2, 0.5], [0.6, 2.1]) },
      { role: 'user', content: 'I build APIs.', words: words([3.4, 3.6], [3.7, 4.0], [4.1, 4.9]) },
      { role: 'agent', content: 'What was hard?', words: words([6, 7]) },
      { role: 'user', content: 'Scaling.', words: words([8.25, 9.5]) },
    ];
    expect(answerClips(transcript)).toEqual([
      { question: 0, start: 3.4, end: 4.9 },
      { question: 2, start: 8.25, end: 9.5 },
    ]);
  });

  it('joins an answer split over several turns, and gives none for untimed, empty or question-less answers', () => {
    const transcript: StoredTurn[] = [
      { role: 'user', content: 'Hello?', words: words([0.1, 0.4]) }, // before any question
      { role: 'agent', content: 'Tell me about a project.' },
      { role: 'user', content: 'Well,', words: words([5, 5.5]) },
      { role: 'user', content: 'a payments service.', words: words([7, 7.5], [7.6, 9]) },
      { role: 'agent', content: 'Why?' },
      { role: 'user', content: 'Typed answer, no timings.' },
      { role: 'agent', content: 'And then?' },
      { role: 'user', content: '…', words: [] },
      { role: 'agent', content: 'Last one.' },
    ];
    expect(answerClips(transcript)).toEqual([{ question: 1, start: 5, end: 9 }]);
  });

  it('never starts before the recording or plays an empty span', () => {
    const transcript: StoredTurn[] = [
      { role: 'agent', content: 'Q1' },
      { role: 'user', content: 'A1', words: words([-0.3, 1.2]) },
      { role: 'agent', content: 'Q2' },
      { role: 'user', content: 'A2', words: words([4, 4]) },
    ];
    expect(answerClips(transcript)).toEqual([{ question: 0, start: 0, end: 1.2 }]);
  });
});
