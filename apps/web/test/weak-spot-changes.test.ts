import { languages, type WeakSpotFocus } from '@voxly/config';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { weakSpotChanges, weakSpotText } from '../src/feedback/weak-spot-changes.ts';
import { loadLanguage } from '../src/i18n/i18n.ts';

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

describe('the card’s words', () => {
  const changes = weakSpotChanges(focus, [
    { competency: 'communication', rating: 4 },
    { competency: 'problem_solving', rating: null },
  ]);

  it('speaks to the candidate on their report and about them on a shared copy, in each language', async () => {
    for (const language of languages) {
      await loadLanguage(language);
      const t = i18next.getFixedT(language);
      const own = weakSpotText(t, changes, false);
      const shared = weakSpotText(t, changes, true);
      expect(own.lines, language).toHaveLength(2);
      expect(shared.heading, language).not.toBe(own.heading);
      expect(shared.focusedOn, language).not.toBe(own.focusedOn);
      expect(own.lines[0], language).toContain('2 → 4');
      expect(shared.lines[0], language).toContain('2 → 4');
      expect(shared.lines[0], language).not.toBe(own.lines[0]);
      // Not rated this time reads the same to both.
      expect(shared.lines[1], language).toBe(own.lines[1]);
      expect(own.lines.join(' '), language).not.toMatch(/weakSpots\.|competencies\./);
    }
  });
});
