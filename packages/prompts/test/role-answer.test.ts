import { describe, expect, it } from 'vitest';
import { foldText } from '../src/fold-text.ts';
import { postingSentenceFor } from '../src/listening/role-answer.ts';
import { roleTopicsOf } from '../src/listening/role-topics.ts';

/* A question about the role is answered by a sentence on its most specific topic, or not at all. */
const answer = (question: string, posting: string) => postingSentenceFor(question, roleTopicsOf(foldText(question)), posting);

describe('postingSentenceFor', () => {
  const nights = 'Night shift (10pm-6:30am), Sunday-Thursday.\nLead a pick/pack team of 12.\nRequirements: WMS experience.';

  it('does not answer a question about pay with the hours of the shift it names', () => {
    expect(answer('What is the pay like for the night shift?', nights)).toBeUndefined();
    expect(answer('Is there a shift differential for nights?', nights)).toBeUndefined();
    expect(answer('What are the hours?', nights)).toBe('Night shift (10pm-6:30am), Sunday-Thursday.');
  });

  it('reads a pay supplement as pay, in every language', () => {
    expect(answer('e o adicional noturno, quanto é?', 'Escala 12x36 noturna.\nSalário R$ 3.200 + adicional noturno de 20%.')).toBe(
      'Salário R$ 3.200 + adicional noturno de 20%.',
    );
    expect(answer('¿hay comisiones?', 'Turno de mañana.\nSueldo base más comisiones por venta.')).toBe(
      'Sueldo base más comisiones por venta.',
    );
  });
});
