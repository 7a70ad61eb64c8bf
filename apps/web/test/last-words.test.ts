import { describe, expect, it } from 'vitest';
import { interviewerLastWords } from '../src/interview/last-words.ts';

describe('interviewerLastWords', () => {
  it('is the interviewer’s last turn when the conversation ended on it', () => {
    expect(
      interviewerLastWords([
        { role: 'agent', content: 'Anything to ask me?' },
        { role: 'user', content: 'How big is the afternoon team?' },
        { role: 'agent', content: ' The posting says 25 to 35 people. Thank you, goodbye! ' },
      ]),
    ).toBe('The posting says 25 to 35 people. Thank you, goodbye!');
  });

  it('is nothing when the candidate spoke last, or nothing was said', () => {
    expect(
      interviewerLastWords([
        { role: 'agent', content: 'Hi!' },
        { role: 'user', content: 'Bye.' },
      ]),
    ).toBeUndefined();
    expect(interviewerLastWords([])).toBeUndefined();
    expect(interviewerLastWords([{ role: 'agent', content: '  ' }])).toBeUndefined();
  });

  it('is nothing when the candidate ended the call on an open question', () => {
    expect(
      interviewerLastWords([
        { role: 'user', content: 'I led the migration.' },
        { role: 'agent', content: 'Thanks. What did you do yourself, and how did it turn out?' },
      ]),
    ).toBeUndefined();
  });
});
