import { describe, expect, it } from 'vitest';
import { detectField, scoreText } from '../src/detect-field.ts';
import { labelledPosts } from './fixtures/job-posts.ts';

describe('detectField on real job posts', () => {
  const results = labelledPosts.map((post) => ({
    post,
    detected: detectField({ jobTitle: post.title, jobDescription: post.description }).field,
  }));
  const misses = results.filter((r) => r.detected !== r.post.field);
  const accuracy = 1 - misses.length / results.length;

  it('covers every field in three languages with at least 60 posts', () => {
    expect(labelledPosts.length).toBeGreaterThanOrEqual(60);
    for (const lang of ['en', 'es', 'pt'] as const) {
      expect(new Set(labelledPosts.filter((p) => p.lang === lang).map((p) => p.field)).size).toBe(10);
    }
  });

  it('labels at least 95 % of them correctly', () => {
    const report = misses.map((m) => `${m.post.title} → ${m.detected} (expected ${m.post.field})`);
    console.info(`field detection accuracy: ${(accuracy * 100).toFixed(1)} % of ${results.length} posts`);
    expect(report.length / results.length, report.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('is right in each language separately', () => {
    for (const lang of ['en', 'es', 'pt'] as const) {
      const own = results.filter((r) => r.post.lang === lang);
      const correct = own.filter((r) => r.detected === r.post.field).length;
      expect(correct / own.length, lang).toBeGreaterThanOrEqual(0.9);
    }
  });
});

describe('detectField rules', () => {
  it('is not fooled by the word "engineer"', () => {
    expect(detectField({ jobTitle: 'Sales Engineer' }).field).toBe('sales');
    expect(detectField({ jobTitle: 'Machine Learning Engineer' }).field).toBe('ai_ml');
    expect(detectField({ jobTitle: 'Agricultural Engineer' }).field).toBe('agriculture');
    expect(detectField({ jobTitle: 'Software Engineer' }).field).toBe('engineering');
  });

  it('weighs the title over the description', () => {
    const detection = detectField({
      jobTitle: 'Product Designer',
      jobDescription: 'You will work with software engineers and marketing on our growth funnel.',
    });
    expect(detection.field).toBe('design');
  });

  it('falls back to General with low confidence when evidence is thin or split', () => {
    expect(detectField({ jobTitle: 'Team Lead' })).toMatchObject({ field: 'general' });
    const split = detectField({ jobTitle: 'Marketing and Sales Coordinator' });
    expect(split.field).toBe('general');
    expect(split.confidence).toBeLessThan(0.15);
  });

  it('gives high confidence to a clear post', () => {
    const clear = detectField({ jobTitle: 'Registered Nurse', jobDescription: 'ICU patients, triage, hospital care.' });
    expect(clear.field).toBe('healthcare');
    expect(clear.confidence).toBeGreaterThan(0.6);
  });

  it('ignores case and accents, and caps keyword stuffing', () => {
    expect(scoreText('INGENIERÍA de Software').engineering).toBe(scoreText('ingenieria de software').engineering);
    expect(scoreText('seo '.repeat(50)).marketing).toBe(scoreText('seo seo seo').marketing);
  });
});
