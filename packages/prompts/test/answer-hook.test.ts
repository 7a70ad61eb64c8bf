import { describe, expect, it } from 'vitest';
import { answerHook } from '../src/listening/answer-hook.ts';
import { spokenLines } from '../src/spoken-lines.ts';

const unknown = () => false;

describe('answerHook: what a follow-up can say back from the answer', () => {
  it('passes over an own action too thin to name and takes the next one', () => {
    const answer = 'The database ran out of disk on a Sunday. I got paged, I found it was the logs table that kept growing.';
    expect(answerHook(answer, 'en', unknown)).toEqual({ kind: 'clause', clause: 'I found it was the logs table that kept growing' });
  });

  it("says back what the team did when the candidate never says 'I', in every language", () => {
    expect(answerHook('We pitched three concepts to a dental chain and they hated all of them.', 'en', unknown)).toEqual({
      kind: 'clause',
      clause: 'We pitched three concepts to a dental chain',
    });
    expect(answerHook('Con el equipo de tutoría hicimos un plan de acompañamiento para ella.', 'es', unknown)).toEqual({
      kind: 'clause',
      clause: 'hicimos un plan de acompañamiento para ella',
    });
    expect(answerHook('A gente reuniu a equipe, revisou as rotas e trocou a transportadora.', 'pt-BR', unknown)).toEqual({
      kind: 'clause',
      clause: 'A gente reuniu a equipe',
    });
  });

  it('turns the team\'s "we" into "you" when the English interviewer says it back', () => {
    expect(spokenLines.en.secondPerson?.('We redid our moodboards for us')).toBe('you redid your moodboards for you');
  });

  it('names nothing from an answer with no action in it', () => {
    expect(answerHook('Angry customers, yeah, that happens, you just deal with it.', 'en', unknown)).toBeUndefined();
    expect(answerHook('I did that.', 'en', unknown)).toBeUndefined();
  });
});
