import { congruencyHeuristic, scriptedInterviewerTurn, type LanguageModelPort } from '@voxly/api';

/** Sentences, so the scripted interviewer streams like a model does. */
function sentences(text: string): string[] {
  return text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];
}

/**
 * Local mode's interviewer: the question bank and its rules, and a keyword heuristic for
 * the congruency check. No model, no network, the same port as the real one.
 */
export function createScriptedLanguageModel(): LanguageModelPort {
  return {
    mode: 'scripted',

    async *streamReply(request, signal) {
      const turn = scriptedInterviewerTurn(request.brief, request.transcript, request.kind);
      for (const piece of sentences(turn.text)) {
        if (signal.aborted) return;
        yield { text: piece };
      }
      if (turn.final) yield { text: '', endCall: true };
    },

    async judge(request) {
      // Local feedback is the rule-based writer's job; only the congruency check lands here.
      if (request.purpose !== 'congruency') throw new Error(`The scripted model does not judge ${request.purpose}.`);
      const verdict = congruencyHeuristic(request.brief, request.transcript);
      return request.schema.parse(verdict);
    },
  };
}
