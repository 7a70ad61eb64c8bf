import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../src/field-detection/text-language.ts';

describe('guessLanguage', () => {
  it('tells a text by its function words', () => {
    expect(guessLanguage('Design the flows with the team')).toBe('en');
    expect(guessLanguage('Diseñar los flujos con el equipo')).toBe('es');
    expect(guessLanguage('Desenhar as jornadas com o time')).toBe('pt');
  });

  it('tells a bare title by the letters only one language writes, and says English when nothing tells', () => {
    expect(guessLanguage('Engenheira Agrônoma')).toBe('pt');
    expect(guessLanguage('ANALISTA DE LICITAÇÕES')).toBe('pt');
    expect(guessLanguage('Diseñador/a Gráfico/a')).toBe('es');
    expect(guessLanguage('Data Analyst')).toBe('en');
    // A function word outweighs a borrowed name's letters.
    expect(guessLanguage('Work with the São Paulo team')).toBe('en');
  });
});
