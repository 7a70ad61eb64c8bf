import type { WeakSpotFocus } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { weakSpotChanges } from '../src/feedback/weak-spot-changes.ts';

const focus: WeakSpotFocus = {
  fromInterviewId: '00000000-0000-4000-8000-000000000001',
  competencies: [
    { competency: 'communication', rating: 2 },
    { competency: 'problem_solving', rating: 3 },
  ],
  questions: [],
};

describe('the report’s change on the focused competencies', () => {
  it('pairs last time’s rating with this report’s, weakest first', () => {
    const ratings = [
      { competency: 'problem_solving' as const, rating: 3 },
      { competency: 'communication' as const, rating: 4 },
      { competency: 'role_fit' as const, rating: 1 },
    ];
    expect(weakSpotChanges(focus, ratings)).toEqual([
      { competency: 'communication', before: 2, after: 4 },
      { competency: 'problem_solving', before: 3, after: 3 },
    ]);
  });

  it('says when this interview did not rate a focused competency, and shows nothing without a focus', () => {
    expect(weakSpotChanges(focus, [{ competency: 'communication', rating: null }])).toEqual([
      { competency: 'communication', before: 2, after: null },
      { competency: 'problem_solving', before: 3, after: null },
    ]);
    expect(weakSpotChanges(null, [{ competency: 'communication', rating: 5 }])).toEqual([]);
  });
});
