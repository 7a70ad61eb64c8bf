import { describe, expect, it } from 'vitest';
import { leisureStemsIn } from '../src/answers/answer-vocabulary.ts';
import { documentStems, readAnswer } from '../src/listening/answer-reading.ts';

/*
 * Leisure words (a match, a show, a trip) read so that work said with a verb of the same stem
 * ("I showed her the sheet", "we matched the invoices", "the breaker tripped") is not small talk,
 * nor a word that is a listed word's bare stem ("new" is not "news"); other forms of a remark
 * ("partidos", "jogos", "games") still count. The reviewer and the interviewer read them alike.
 */
describe('leisure words and work verbs of the same stem', () => {
  it('counts a leisure word and its other forms, not a work verb or a bare stem of one', () => {
    expect(leisureStemsIn('I showed her the overtime sheet and we matched the invoices', 'en')).toEqual([]);
    expect(leisureStemsIn('did you see the games last night, my dog would not stop barking', 'en')).toHaveLength(3);
    // "new" is the stem of "news", "cook" of "cooking": as words of their own they are work.
    expect(leisureStemsIn('the new grill cook misread the temp on the ticket', 'en')).toEqual([]);
    expect(leisureStemsIn('I watched the news and did some cooking', 'en')).toHaveLength(2);
  });

  it('counts any form of a leisure word but an English verb’s', () => {
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
