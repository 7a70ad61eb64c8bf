import type { Language } from '@voxly/config';
import { describe, expect, it } from 'vitest';
import { opensWithGap } from '../src/listening/told-gap.ts';

describe('opensWithGap: an answer that opens by owning a gap', () => {
  it.each<[Language, string]>([
    ['en', "I don't have a nursing licence, but I cared for my grandmother for two years."],
    ['en', "Honestly, I've never used Epic. We had Cerner."],
    ['en', 'I have no formal training in accounting.'],
    ['es', 'No tengo ninguna formación en enfermería.'],
    ['es', 'Nunca he trabajado con SAP, pero aprendo rápido.'],
    ['es', 'No tengo un título de enfermería.'],
    ['pt-BR', 'Não tenho formação na área ainda.'],
    ['pt-BR', 'Nunca mexi no Tasy, lá era MV Soul.'],
  ])('%s: "%s" owns a gap', (language, answer) => {
    expect(opensWithGap(answer, language)).toBe(true);
  });

  // A "no" about the work itself, not knowing, or a gap said later in the answer is no gap owned up front.
  it.each<[Language, string]>([
    ['en', "I didn't use a template, I wrote it from scratch."],
    ['en', "I've never used it that way."],
    ['en', 'I led the migration and we never had an outage.'],
    ['en', "I don't have time to waste, so I plan every shift."],
    ['en', "I ran the clusters for three years. I don't have the certification yet."],
    ['es', 'No tengo idea, la verdad.'],
    ['es', 'Hice el inventario y no tuvimos faltantes.'],
    ['pt-BR', 'Não tenho certeza, mas acho que sim.'],
    ['pt-BR', 'Eu organizei a escala e nunca tivemos falta.'],
  ])('%s: "%s" owns none', (language, answer) => {
    expect(opensWithGap(answer, language)).toBe(false);
  });
});
