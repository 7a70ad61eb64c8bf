import { describe, expect, it } from 'vitest';
import { weakSpotsOf } from '../src/domain/interview/weak-spots.ts';

const id = '00000000-0000-4000-8000-000000000001';
const ratings = (values: Record<string, number | null>) =>
  (['technical_depth', 'problem_solving', 'communication', 'role_fit', 'behavioural'] as const).map((competency) => ({
    competency,
    rating: values[competency] ?? null,
    evidence: '…',
  }));
const asked = [
  { text: 'Describe a disagreement you had with a colleague.', competency: 'communication' as const },
  { text: 'Why this role?', competency: 'role_fit' as const },
];

/** What a report found hard (pure). */
describe('weakSpotsOf', () => {
  it('keeps the two lowest-rated competencies, weakest first, ties in the vocabulary’s order', () => {
    const focus = weakSpotsOf(
      id,
      { ratings: ratings({ technical_depth: 4, problem_solving: 3, communication: 2, role_fit: 3 }), questions: [] },
      asked,
    );
    expect(focus?.competencies).toEqual([
      { competency: 'communication', rating: 2 },
      { competency: 'problem_solving', rating: 3 },
    ]);
  });

  it('keeps the two worst-scored questions below 5, with the competency the past plan asked them about', () => {
    const focus = weakSpotsOf(
      id,
      {
        ratings: ratings({ communication: 3 }),
        questions: [
          { question: 'Why this role?', rating: 3, good: '…', stronger: '…' },
          { question: 'Something a model worded', rating: 2, good: '…', stronger: '…' },
          { question: 'describe a disagreement you had with a colleague.', rating: 1, good: '…', stronger: '…' },
          { question: 'Unrated', good: '…', stronger: '…' },
        ],
      },
      asked,
    );
    expect(focus?.questions).toEqual([
      { question: 'describe a disagreement you had with a colleague.', rating: 1, competency: 'communication' },
      { question: 'Something a model worded', rating: 2, competency: null },
    ]);
  });

  it('finds nothing to aim at in a report that rated nothing below 5', () => {
    expect(weakSpotsOf(id, { ratings: ratings({ communication: 5, role_fit: 5 }), questions: [] }, asked)).toBeNull();
    expect(weakSpotsOf(id, { ratings: ratings({}), questions: [] }, asked)).toBeNull();
  });
});
