import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  independentDirectory,
  independentFitCases,
  independentGradedAnswers,
  independentInterviews,
  independentPosts,
  independentScenarios,
  independentUtterances,
} from '../corpus/independent-sets.ts';

describe('the independent sets', () => {
  it('are frozen: every file matches the sum recorded when it was written', () => {
    const sums = readFileSync(new URL('SHA256SUMS', independentDirectory), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(6);
    for (const line of sums) {
      const [sum, file] = line.split(/\s+/);
      const actual = createHash('sha256')
        .update(readFileSync(new URL(file!, independentDirectory)))
        .digest('hex');
      expect(actual, file).toBe(sum);
    }
  });

  it('load whole, with the counts the writers reported', () => {
    expect(independentPosts()).toHaveLength(150);
    expect(independentFitCases()).toHaveLength(90);
    expect(independentScenarios()).toHaveLength(36);
    expect(independentGradedAnswers()).toHaveLength(180);
    expect(independentUtterances()).toHaveLength(300);
    expect(independentInterviews()).toHaveLength(30);
  });
});
