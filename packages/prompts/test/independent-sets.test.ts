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
  tuningDirectory,
} from '../corpus/independent-sets.ts';

describe('the independent sets', () => {
  it('are frozen: every file matches the sum recorded when it was written', () => {
    const sums = readFileSync(new URL('SHA256SUMS', independentDirectory), 'utf8').trim().split('\n');
    expect(sums).toHaveLength(7);
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

  it('join reader-m’s labels to every graded answer, read apart from the answers', () => {
    const answers = independentGradedAnswers();
    expect(answers.every((a) => a.told !== undefined)).toBe(true);
    // The reader's counts of true (README-reader-m.md), so a join by the wrong id cannot pass.
    expect(answers.filter((a) => a.told?.result).length).toBe(37 + 35 + 37);
    expect(answers.filter((a) => a.language === 'es' && a.told?.figure).length).toBe(30);
  });

  it('keep both labellings of the tuning answers apart: writer-j’s own and the second reader’s', () => {
    const answers = independentGradedAnswers(tuningDirectory);
    expect(answers.filter((a) => a.writerTold).every((a) => a.id.startsWith('tj-g-'))).toBe(true);
    expect(answers.filter((a) => a.writerTold)).toHaveLength(150);
    expect(answers.filter((a) => a.readerTold).length).toBeGreaterThan(0);
    // Where the reader labelled, the reader's labels are the ones judged; the writer's stay beside them.
    expect(answers.filter((a) => a.readerTold).every((a) => a.told === a.readerTold)).toBe(true);
  });
});
