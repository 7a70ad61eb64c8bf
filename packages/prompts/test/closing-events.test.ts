import { describe, expect, it } from 'vitest';
import type { TextLanguage } from '../src/field-detection/text-language.ts';
import { closesOnEvent, closingWords } from '../src/review/closing-events.ts';

describe('closesOnEvent', () => {
  it.each<[TextLanguage, string]>([
    // The fix itself, no outcome stated.
    ['en', 'The config had the wrong TTL. I reverted, cleared the cache, and added the config to our checklist.'],
    // A hedged outcome, by others.
    ['en', 'I walked them through the numbers again. I think they kind of understood.'],
    // A decision taken.
    ['es', 'La radio casi no trajo nada. Para la siguiente campaña movimos la plata a digital.'],
    // Others' response.
    ['es', 'El paciente gritaba. Se calmó y pidió disculpas.'],
    ['pt', 'Dipirona prescrita pra paciente alérgica. Não administrei, avisei a enfermeira e o médico trocou.'],
    ['pt', 'Expliquei a importância da análise de solo e depois de um tempo ele fez.'],
  ])('%s: a closing that tells something happened: "%s"', (language, answer) => {
    expect(closesOnEvent(answer, language)).toBe(true);
  });

  it.each<[TextLanguage, string]>([
    ['en', 'I am very organized and I handle hundreds of applications. Customer service is at the center of what I do.'],
    ['es', 'Creo que lo importante es el servicio. Soy muy paciente y la organización es fundamental.'],
    ['pt', 'Eu sou uma pessoa muito calma. A comunicação é a chave de tudo e eu estou sempre disponível.'],
  ])('%s: a closing told in the present tells no event: "%s"', (language, answer) => {
    expect(closesOnEvent(answer, language)).toBe(false);
  });

  it('reads the last two sentences, and only the last words of an answer spoken without stops', () => {
    expect(closingWords('First. Second one. Third one.')).toBe('second one. third one.');
    const unpunctuated = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(closingWords(unpunctuated).split(' ')).toHaveLength(40);
    expect(closingWords(unpunctuated).startsWith('w20 ')).toBe(true);
  });
});
