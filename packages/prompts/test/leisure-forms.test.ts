import { describe, expect, it } from 'vitest';
import { leisureStemsIn, leisureWordsIn } from '../src/answers/answer-vocabulary.ts';
import { documentStems, readAnswer } from '../src/listening/answer-reading.ts';

/*
 * Leisure words (a match, a show, a trip) read so that work said with a verb of the same stem
 * ("I showed her the sheet", "we matched the invoices", "the breaker tripped") is not small talk:
 * the reviewer reads them as written; the interviewer's readers by their stem, so other forms of a
 * remark ("partidos", "jogos") still count, but not an English verb's -ed or -ing form.
 */
describe('leisure words and work verbs of the same stem', () => {
  it('the reviewer counts leisure words as written', () => {
    expect(leisureWordsIn('I showed her the overtime sheet and we matched the invoices', 'en')).toBe(0);
    expect(leisureWordsIn('did you see the game last night, my dog would not stop barking', 'en')).toBe(3);
  });

  it('the interviewer counts any form of a leisure word but an English verb’s', () => {
    expect(leisureStemsIn('I showed her the sheet, the breaker tripped and we matched the invoices', 'en')).toEqual([]);
    expect(leisureStemsIn('¿viste los partidos del domingo?', 'es').length).toBeGreaterThan(0);
    expect(leisureStemsIn('você viu os jogos de ontem?', 'pt').length).toBeGreaterThan(0);
  });

  it('an answer told with such verbs is not read as a remark off the topic', () => {
    const context = {
      language: 'en' as const,
      question: 'Tell me about a disagreement with your lead.',
      documentStems: documentStems('Operations Coordinator. Run the shift, the team and the suppliers.', 'en'),
    };
    expect(
      readAnswer('I showed her the overtime sheet, so she matched my numbers against hers and we tripled the checks.', context).kind,
    ).not.toBe('off_topic');
    expect(readAnswer('did you watch the game last night? my dog would not stop barking', context).kind).toBe('off_topic');
  });
});
