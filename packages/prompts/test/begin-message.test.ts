import { describe, expect, it } from 'vitest';
import { beginMessage } from '../src/begin-message.ts';

describe('beginMessage', () => {
  it('greets by first name and names the role, in the chosen language', () => {
    expect(beginMessage({ candidateName: '  Ana  María Souza', jobTitle: 'Data  Engineer ', language: 'en' })).toBe(
      "Hi Ana, thanks for joining. I'm your interviewer today for the Data Engineer role. We have about fifteen " +
        'minutes. To start, could you tell me a little about yourself and what draws you to this position?',
    );
    expect(beginMessage({ candidateName: 'Lucía', jobTitle: 'Agrónoma', language: 'es' })).toMatch(
      /^Hola Lucía, .* puesto de Agrónoma\. Tenemos unos quince minutos\./,
    );
    expect(beginMessage({ candidateName: 'João', jobTitle: 'Físico', language: 'pt-BR' })).toMatch(
      /^Olá João, .* vaga de Físico\. Temos cerca de quinze minutos\./,
    );
  });

  it('produces plain spoken text with no markup', () => {
    const text = beginMessage({ candidateName: 'Sam', jobTitle: 'Growth Marketer', language: 'en' });
    expect(text).not.toMatch(/[*#_`<>\n]/);
  });
});
