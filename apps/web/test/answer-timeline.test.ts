import { describe, expect, it } from 'vitest';
import { answerClip, currentQuestionIndex } from '../src/recording/answer-timeline.ts';

describe('answerClip: an answer’s place on the browser’s own recording', () => {
  const recorderStartedAt = 1_000_000;

  it('runs from when the candidate’s turn opened to when the answer was sent, in seconds from the recorder’s start', () => {
    expect(
      answerClip({ question: 2, recorderStartedAt, turnOpenedAt: recorderStartedAt + 4_250, answeredAt: recorderStartedAt + 19_000 }),
    ).toEqual({
      question: 2,
      start: 4.25,
      end: 19,
    });
  });

  it('starts at 0 for a turn that opened before the recorder did (a reload mid-answer)', () => {
    expect(
      answerClip({ question: 0, recorderStartedAt, turnOpenedAt: recorderStartedAt - 5_000, answeredAt: recorderStartedAt + 3_000 }),
    ).toEqual({
      question: 0,
      start: 0,
      end: 3,
    });
  });

  it('gives no clip for an empty or inverted span, or an answer with no question', () => {
    expect(
      answerClip({ question: 1, recorderStartedAt, turnOpenedAt: recorderStartedAt + 5_000, answeredAt: recorderStartedAt + 5_000 }),
    ).toBeNull();
    expect(
      answerClip({ question: 1, recorderStartedAt, turnOpenedAt: recorderStartedAt + 5_000, answeredAt: recorderStartedAt - 1 }),
    ).toBeNull();
    expect(
      answerClip({ question: -1, recorderStartedAt, turnOpenedAt: recorderStartedAt, answeredAt: recorderStartedAt + 2_000 }),
    ).toBeNull();
  });
});

describe('currentQuestionIndex', () => {
  it('is the interviewer’s last turn, the question a new answer follows', () => {
    expect(currentQuestionIndex([])).toBe(-1);
    expect(currentQuestionIndex([{ role: 'agent' }, { role: 'user' }, { role: 'agent' }])).toBe(2);
    expect(currentQuestionIndex([{ role: 'agent' }, { role: 'user' }])).toBe(0);
  });
});
