import { describe, expect, it } from 'vitest';
import { ownActions } from '../src/answers/answer-vocabulary.ts';

/* Past actions chained after an "I" belong to it within its sentence and within reach; the reading is a window, not a look-behind. */
describe('ownActions, chained after an "I"', () => {
  it('reads each action chained after an "I" in the same sentence', () => {
    expect(ownActions('I read the logs, reproduced it, and then found the leak.', 'en')).toEqual(['i read', 'i reproduced', 'i found']);
  });

  it('does not carry the "I" over a sentence end', () => {
    expect(ownActions('I read the logs. The team, and then fixed it.', 'en')).toEqual(['i read']);
  });

  it('does not carry the "I" further than its reach', () => {
    const far = `I read the logs while ${'the whole night shift was waiting on the vendor '.repeat(3)}and fixed it`;
    const near = 'I read the logs while the team waited and fixed it';
    expect(ownActions(far, 'en')).toEqual(['i read']);
    expect(ownActions(near, 'en')).toEqual(['i read', 'i fixed']);
  });

  it('takes "i" only as a word, not inside one', () => {
    expect(ownActions('I led it. Taxi drivers waited, and then called.', 'en')).toEqual(['i led']);
  });
});
