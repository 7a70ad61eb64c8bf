import { describe, expect, it } from 'vitest';
import { hintContradiction } from '../src/coaching/hint-contradiction.ts';

const long = (text: string) => `${text} ${'and then there was more talk about the general situation of the team'.repeat(5)}`;

describe('hintContradiction', () => {
  it('flags "give a figure" to an answer with one, in digits or in words, and not to one without', () => {
    expect(hintContradiction('numbers', 'We cut the queue from 480 to 210 tickets.', 'en')).toBe('asks for a figure the answer gives');
    expect(hintContradiction('numbers', 'Bajamos los errores a la mitad.', 'es')).toBe('asks for a figure the answer gives');
    expect(hintContradiction('numbers', 'Atendi quarenta clientes por dia.', 'pt-BR')).toBe('asks for a figure the answer gives');
    expect(hintContradiction('numbers', 'I rewrote the report and the team liked it.', 'en')).toBeNull();
    // "one" is also an article: "one day" is not a figure.
    expect(hintContradiction('numbers', 'One day I rewrote the report.', 'en')).toBeNull();
  });

  it('flags "say what you did" to an answer told in the first person with actions, and not to a "we" story', () => {
    expect(hintContradiction('ownActions', 'I quickly paged the resident and held the dose.', 'en')).toBe(
      'asks for own actions the answer tells',
    );
    expect(hintContradiction('ownActions', 'Llamé a la supervisora y revisé el precio.', 'es')).toBe(
      'asks for own actions the answer tells',
    );
    expect(hintContradiction('ownActions', 'Eu liguei para o fornecedor e fiz o teste.', 'pt-BR')).toBe(
      'asks for own actions the answer tells',
    );
    expect(hintContradiction('ownActions', 'We worked on it as a team and it went well.', 'en')).toBeNull();
    expect(hintContradiction('ownActions', 'Sí, así es aquí.', 'es')).toBeNull();
    // Wanting is not doing.
    expect(hintContradiction('ownActions', 'I wanted to help and I liked the team.', 'en')).toBeNull();
    // Steps told in the present are one's own too.
    expect(hintContradiction('ownActions', 'So I call the supplier and I check the dock.', 'en')).toBe(
      'asks for own actions the answer tells',
    );
  });

  it('flags "it was long" on a short answer, and "nothing to check" on a long one with a figure', () => {
    expect(hintContradiction('longWithoutFacts', 'It went fine overall.', 'en')).toBe('calls a short answer long');
    expect(hintContradiction('longWithoutFacts', long('We had 12 people.'), 'en')).toBe(
      'says nothing checkable when the answer has a figure or an action',
    );
    expect(hintContradiction('longWithoutFacts', long('It was a good experience for everyone.'), 'en')).toBeNull();
  });

  it('flags a request for a result the answer states', () => {
    expect(hintContradiction('result', 'I fixed the join and as a result the totals matched.', 'en')).toBe(
      'asks for a result the answer states',
    );
    expect(hintContradiction('result', 'Eu separei o lote e no final o fornecedor trocou.', 'pt-BR')).toBe(
      'asks for a result the answer states',
    );
    expect(hintContradiction('result', 'I looked at the logs.', 'en')).toBeNull();
  });

  it('flags a denial without a negation, a real case asked of an answer that tells one, and praise of an empty answer', () => {
    expect(hintContradiction('denies', 'I love doing code reviews.', 'en')).toBe('calls an answer without a negation a denial');
    expect(hintContradiction('denies', 'Nunca hice revisiones de código.', 'es')).toBeNull();
    expect(hintContradiction('hypothetical', 'I would call them, and last year I called the client myself.', 'en')).toBe(
      'asks for a real case the answer tells',
    );
    expect(hintContradiction('keepGoing', 'It was fine, honestly.', 'en')).toBe('praises an answer with no figure and no action');
    expect(hintContradiction('keepGoing', 'I rebuilt the report in 3 days.', 'en')).toBeNull();
  });

  it('leaves hints about relevance unjudged: the words alone cannot settle them', () => {
    expect(hintContradiction('offQuestion', 'I rebuilt the report in 3 days.', 'en')).toBeNull();
    expect(hintContradiction('otherStory', 'I rebuilt the report in 3 days.', 'en')).toBeNull();
  });
});
