import { describe, expect, it } from 'vitest';
import { layoutPageText, type PositionedText } from '../src/interview/pdf-text-layout.ts';

/** A run of 12-point text at (x, y); width from a rough 6 units per character. */
const run = (str: string, x: number, y: number): PositionedText => ({ str, x, y, width: str.length * 6, height: 12 });

describe('a PDF page’s text, laid out as lines and paragraphs', () => {
  it('keeps lines as lines and a wider gap as a paragraph break', () => {
    const page = [
      run('Camila Rocha', 50, 800),
      run('Backend engineer', 50, 780),
      run('São Paulo', 50, 766),
      // A blank line's worth of space: a new paragraph.
      run('Experience', 50, 730),
      run('Nubank, 2019–2024', 50, 716),
    ];
    expect(layoutPageText(page)).toBe('Camila Rocha\nBackend engineer\nSão Paulo\n\nExperience\nNubank, 2019–2024');
  });

  it('joins runs of one baseline in reading order, with spaces only where there is a gap', () => {
    const page = [
      run('latency', 140, 500),
      run('Halved p99', 50, 500.4), // the same line, a fraction of a point off
      run('.', 182, 500), // right after "latency": no space
      run('Next line', 50, 486),
    ];
    expect(layoutPageText(page)).toBe('Halved p99 latency.\nNext line');
  });

  it('reads two-column rows left to right and ignores empty runs', () => {
    const page = [
      run('Skills', 50, 600),
      run('', 100, 600),
      run('Languages', 300, 600),
      run('TypeScript', 50, 586),
      run('Portuguese', 300, 586),
    ];
    expect(layoutPageText(page)).toBe('Skills Languages\nTypeScript Portuguese');
  });

  it('gives nothing for a page without text', () => {
    expect(layoutPageText([])).toBe('');
    expect(layoutPageText([run('', 0, 0)])).toBe('');
  });
});
