import { describe, expect, it } from 'vitest';
import { detectField } from '../src/field-detection/detect-field.ts';
import { requirementPhrases } from '../src/listening/requirement-phrases.ts';
import { realisticPosts } from './fixtures/realistic-posts.ts';

const phrasesOf = (i: number) => {
  const post = realisticPosts[i]!;
  const language = post.language === 'pt' ? 'pt-BR' : post.language;
  return requirementPhrases({ ...post, field: detectField(post).field, language }, 8);
};

describe('requirementPhrases', () => {
  it('reads named tools, licences and domain tasks as the posting writes them', () => {
    const data = phrasesOf(0).map((r) => r.phrase);
    expect(data).toEqual(expect.arrayContaining(['APICS CPIM certification', 'SQL']));
    // "Experience with Python or R is a plus": what the posting only wishes for ranks after what it needs.
    if (data.includes('Python')) expect(data.indexOf('Python')).toBeGreaterThan(data.indexOf('SQL'));
    expect(data.some((p) => p.startsWith('Power BI'))).toBe(true);
    const maintenance = phrasesOf(1).map((r) => r.phrase);
    expect(maintenance).toEqual(expect.arrayContaining(['PLC Allen-Bradley', 'SAP PM']));
    // A domain task of "el plan de mantenimiento preventivo y correctivo de las líneas de envasado", as written.
    expect(maintenance.some((p) => ['mantenimiento preventivo', 'líneas de envasado'].includes(p))).toBe(true);
    const marketing = phrasesOf(2).map((r) => r.phrase);
    expect(marketing).toEqual(expect.arrayContaining(['Google Ads', 'GA4', 'Looker Studio', 'SEO']));
  });

  it('never takes the employer, the place, a verb, a framing word or a profession for a must-have', () => {
    const all = [0, 1, 2].flatMap(phrasesOf).map((r) => r.phrase);
    for (const wrong of [
      'Northwind',
      'Columbus',
      'Grupo Alimentos',
      'Nuevo León',
      'Casa Bela',
      'Brasil',
      'São Paulo',
      'Ingeniero',
      'Mecatrónica',
    ])
      expect(all.join(' | ')).not.toContain(wrong);
    for (const phrase of all) expect(phrase).not.toMatch(/^(build|write|planejar|ejecutar|experience|experiência|conhecimento|de|of)\b/i);
  });

  it('marks what the resume shows, by a name it shares even when the rest differs', () => {
    const marketing = phrasesOf(2);
    expect(marketing.find((r) => r.phrase === 'GA4')?.onResume).toBe(true);
    expect(marketing.find((r) => r.phrase === 'SEO')?.onResume).toBe(false);
    expect(phrasesOf(0).find((r) => r.phrase === 'Excel')?.onResume).toBe(false);
  });
});
