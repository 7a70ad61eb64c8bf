import { describe, expect, it } from 'vitest';
import { nameRedactor, redactStrings } from '../src/domain/feedback/redact-name.ts';

describe('nameRedactor', () => {
  it('blanks each word of the name as a whole word, in any case and script', () => {
    const redact = nameRedactor('María José Ñúñez');
    expect(redact('Hola María José, gracias. ¿Ñúñez o ÑÚÑEZ?')).toBe('Hola … …, gracias. ¿… o …?');
    expect(redact('Mariano and Josefina stay')).toBe('Mariano and Josefina stay');
  });

  it('leaves texts alone for a name with nothing to match, and treats regex characters literally', () => {
    expect(nameRedactor(' ')('Hi there')).toBe('Hi there');
    expect(nameRedactor('A. (Bob)')('Hi (Bob) and Bobby, A.')).toBe('Hi (…) and Bobby, A.');
  });

  it('redacts every string of a nested review, keeping its shape', () => {
    const review = { score: 70, strengths: [{ point: 'Camila named the tool', evidence: '“I am Camila”' }], verdict: 'hire' };
    expect(redactStrings(review, nameRedactor('Camila Rocha'))).toEqual({
      score: 70,
      strengths: [{ point: '… named the tool', evidence: '“I am …”' }],
      verdict: 'hire',
    });
  });
});
