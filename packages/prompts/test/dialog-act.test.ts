import { describe, expect, it } from 'vitest';
import { actTaken } from '../corpus/act-evaluation.ts';
import { independentUtterances, tuningDirectory } from '../corpus/independent-sets.ts';
import { readDialogAct } from '../src/listening/dialog-act.ts';

describe('readDialogAct', () => {
  // The tuning set (written with the code); the independent set is measured in bench:quality, never here.
  it.each(independentUtterances(tuningDirectory).map((u) => [u.act, u.language, u.utterance, u] as const))(
    'takes %s in %s: %s',
    (act, _language, _utterance, u) => {
      expect(actTaken(u)).toBe(act);
    },
  );

  it('reads an empty turn as silence', () => {
    expect(readDialogAct('   ', 'en').act).toBe('empty');
  });

  it('takes a long turn that opens with a cue as an answer (precision first)', () => {
    const long =
      'Sorry, could you repeat — no, actually I got it. When I was at the bank I rebuilt the monthly close so it took three days instead of eight, mostly by automating the reconciliations.';
    expect(readDialogAct(long, 'en').act).toBe('answer');
  });

  it('names what a question about the role asks about', () => {
    expect(readDialogAct('Is it hybrid? Where is the office?', 'en').topics).toContain('place');
    expect(readDialogAct('¿Cuánto es el sueldo?', 'es').topics).toContain('pay');
  });
});
