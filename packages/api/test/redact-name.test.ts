import { describe, expect, it } from 'vitest';
import { nameRedactor, redactStrings } from '../src/domain/feedback/redact-name.ts';

describe('nameRedactor', () => {
  it('blanks each word of the name as a whole word, in any case and script', () => {
    const redact = nameRedactor('María José Ñúñez');
    expect(redact('Hola María José, gracias. ¿Ñúñez o ÑÚÑEZ?')).toBe('Hola … …, gracias. ¿… o …?');
    expect(redact('Mariano and Josefina stay')).toBe('Mariano and Josefina stay');
  });

  it('blanks each part of a hyphenated or compound name said alone, any case, with or without accents', () => {
    const redact = nameRedactor('Ana Quixote-Marpleton');
    expect(redact('Call me Marpleton. MARPLETON, marpleton, Quixote.')).toBe('Call me …. …, …, ….');
    expect(redact('Ana Quixote-Marpleton here; Quixote-Marpleton’s team')).toBe('… … here; …’s team');
    expect(redact('a Marpleton-based firm')).toBe('a …-based firm');
    const accented = nameRedactor('José Núñez-Pérez');
    expect(accented('Jose Nunez, PEREZ, Pérez, núñez and NÚÑEZ-PÉREZ')).toBe('… …, …, …, … and …');
    // Decomposed accents (NFD) are the same letters.
    expect(accented('Nu\u0303n\u0303ez')).toBe('…');
    expect(nameRedactor('Siobhán O’Brien')("I'm O'Brien, siobhan obrien")).toBe("I'm …, … obrien");
  });

  it('does not blank particles of the name on their own, which would mangle ordinary words', () => {
    const redact = nameRedactor('Ana de la Cruz van Dijk');
    expect(redact('The van at la playa de Cruz, said Dijk and ANA')).toBe('The van at la playa de …, said … and …');
    expect(nameRedactor('Da Silva')('da capo, Silva')).toBe('da capo, …');
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
