import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/i18n/format-number.ts';

describe('numbers as each language writes them', () => {
  it('uses a decimal comma in es and pt-BR and a point in en', () => {
    expect(formatNumber(5, 'en')).toBe('5.0');
    expect(formatNumber(5, 'es')).toBe('5,0');
    expect(formatNumber(0.5, 'pt-BR')).toBe('0,5');
    expect(formatNumber(3.25, 'es', 2)).toBe('3,25');
    expect(formatNumber(12, 'en', 0)).toBe('12');
  });
});
