import { describe, expect, it } from 'vitest';
import { asTheirs, withArticle } from '../src/english-article.ts';

describe('English articles before a credential', () => {
  it('asks for "a" or "an" paper by how its first word is said', () => {
    expect(withArticle('CPA license')).toBe('a CPA license');
    expect(withArticle('RN license')).toBe('an RN license');
    expect(withArticle('OSHA 30-Hour card')).toBe('an OSHA 30-Hour card');
    expect(withArticle('SOCRA certification')).toBe('a SOCRA certification');
    expect(withArticle('alcohol service certification')).toBe('an alcohol service certification');
    expect(withArticle('university degree')).toBe('a university degree');
  });

  it('leaves a credential named as a title, or one with its own article, as it is', () => {
    expect(withArticle('Certified Crop Adviser')).toBe('Certified Crop Adviser');
    expect(withArticle('BLS')).toBe('BLS');
    expect(withArticle('a valid driver’s license')).toBe('a valid driver’s license');
    expect(asTheirs('CPA license')).toBe('your CPA license');
    expect(asTheirs('ACLS')).toBe('ACLS');
  });
});
