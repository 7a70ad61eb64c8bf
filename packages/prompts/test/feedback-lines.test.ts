import { describe, expect, it } from 'vitest';
import { feedbackLines } from '../src/feedback-lines.ts';

describe('feedback lines', () => {
  it('writes decimals as each language does: 0.5 in English, 0,5 in Spanish and Portuguese', () => {
    expect(feedbackLines.en.communicationEvidence(0.5, 30)).toMatch(/^0\.5 filler words/);
    expect(feedbackLines.es.communicationEvidence(0.5, 30)).toMatch(/^0,5 muletillas/);
    expect(feedbackLines['pt-BR'].communicationEvidence(0.4, 30)).toMatch(/^0,4 vícios/);
    expect(feedbackLines.es.strengths.fewFillers(1.5)).toContain('(1,5 cada 100 palabras)');
    expect(feedbackLines['pt-BR'].improvements.fillers(6.2, ['tipo'])).toContain('(6,2 a cada 100 palavras');
  });

  // A tryout read "1 muletillas cada 100 palabras".
  it('says one filler word in the singular, in every language', () => {
    expect(feedbackLines.en.communicationEvidence(1, 30)).toMatch(/^1 filler word per/);
    expect(feedbackLines.es.communicationEvidence(1, 30)).toMatch(/^1 muletilla cada/);
    expect(feedbackLines['pt-BR'].communicationEvidence(1, 30)).toMatch(/^1 vício de linguagem a cada/);
    expect(feedbackLines.es.communicationEvidence(1.1, 30)).toMatch(/^1,1 muletillas cada/);
  });

  it('nests a quote inside a quoted question with single marks, as print does', () => {
    const line = feedbackLines['pt-BR'].strengths.answer('Antes você disse: “fechei o caixa”. O que você fez?', 'Você deu um número.');
    expect(line).toContain('sobre “Antes você disse: ‘fechei o caixa’. O que você fez?”');
  });
});
