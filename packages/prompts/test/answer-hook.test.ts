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

describe('answerHook never says back a name the candidate denied using', () => {
  const known =
    (...names: string[]) =>
    (term: string) =>
      names.includes(term);

  it.each([
    ['en', "my resume doesn't list Power BI, I've never used it. I just did the grade reports at school.", 'Power BI'],
    ['es', 'Nunca usé SAP, en la tienda llevábamos todo en planillas.', 'SAP'],
    ['pt-BR', 'Não conheço o Tasy, no hospital a gente usava papel mesmo.', 'Tasy'],
    ['es', 'No tengo ninguna formación en Enfermería, trabajo de camarero.', 'Enfermería'],
  ] as const)('in %s: not "%s"', (language, answer, denied) => {
    const hook = answerHook(answer, language, known(denied));
    expect(hook?.kind === 'named' ? hook.term : '').not.toContain(denied);
  });

  it('still names what follows the "but": "never used Power BI, but I built dashboards in Tableau"', () => {
    const hook = answerHook(
      "I've never used Power BI, but I built three dashboards in Tableau for the bootcamp.",
      'en',
      known('Power BI', 'Tableau'),
    );
    expect(hook).toEqual({ kind: 'named', term: 'Tableau' });
  });
});
