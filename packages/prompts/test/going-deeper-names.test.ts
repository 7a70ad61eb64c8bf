import { describe, expect, it } from 'vitest';
import type { TranscriptTurn } from '../src/congruency-prompt.ts';
import { answerHook } from '../src/listening/answer-hook.ts';
import { scriptedInterviewerTurn } from '../src/scripted-interviewer.ts';

describe('what the interviewer goes back to', () => {
  it('names a name whole: "American Heart Association", not "American"', () => {
    const hook = answerHook('Fiz o curso da American Heart Association em 2024 e atendi uma PCR na UPA.', 'pt-BR', () => true);
    expect(hook).toEqual({ kind: 'named', term: 'American Heart Association' });
    expect(answerHook('At Northstar I led the crew.', 'en', () => true)).toEqual({ kind: 'named', term: 'Northstar' });
  });

  it("is never the candidate's own name, and no two revisits in a row open alike", () => {
    const brief = {
      field: 'healthcare' as const,
      language: 'pt-BR' as const,
      jobTitle: 'Técnico de Enfermagem - Pronto-Socorro',
      jobDescription:
        'Requisitos: COREN-SP ativo; curso de BLS atualizado; experiência em UPA ou pronto-socorro; prontuário eletrônico Tasy.',
      resumeText:
        'João Pereira\nTécnico de Enfermagem, UPA Vila Nova (2021–atual): triagem, punção venosa, PCR. BLS — American Heart Association, 2024.',
    };
    const answer =
      'Sou o João, trabalho na UPA Vila Nova desde 2021. Numa PCR eu assumi as compressões, fiz o curso da American Heart Association e a paciente voltou em 4 minutos.';
    const transcript: TranscriptTurn[] = [{ role: 'agent', content: 'Oi.' }];
    const agent: string[] = [];
    for (let turn = 0; turn < 40; turn += 1) {
      transcript.push({ role: 'user', content: answer });
      const reply = scriptedInterviewerTurn(brief, transcript, 'turn', { elapsedMs: 20_000 * turn, remainingMs: 900_000 - 20_000 * turn });
      transcript.push({ role: 'agent', content: reply.text });
      agent.push(reply.text);
      if (reply.final) break;
    }
    const said = agent.join(' ');
    expect(said).not.toMatch(/João/);
    expect(said).not.toMatch(/sobre American\b(?! Heart)/);
    const openers = agent
      .filter((line) => /aprofundar|Antes você|Vamos voltar/.test(line))
      .map((line) => line.split(/\s+/).slice(0, 3).join(' '));
    for (let i = 1; i < openers.length; i += 1) expect(openers[i]).not.toBe(openers[i - 1]);
  });
});
