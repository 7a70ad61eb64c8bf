import type { LanguageModelPort } from '@voxly/api/interview';
import { scriptedInterviewerTurn } from '@voxly/prompts';

/** Sentences, so the scripted interviewer streams like a model does. */
function sentences(text: string): string[] {
  return text.match(/[^.!?]+[.!?]*\s*/g) ?? [text];
}

/**
 * Local mode's interviewer: the question bank and its rules. No model, no network, the
 * same port as the real one.
 */
export function createScriptedLanguageModel(): LanguageModelPort {
  return {
    mode: 'scripted',

    // The port's reply is a stream; this one has its words at hand and nothing to wait for.
    // eslint-disable-next-line @typescript-eslint/require-await
    async *streamReply(request, signal) {
      const turn = scriptedInterviewerTurn(request.brief, request.transcript, request.kind, request.pace);
      for (const piece of sentences(turn.text)) {
        if (signal.aborted) return;
        yield { text: piece };
      }
      if (turn.final) yield { text: '', endCall: true, ...(turn.endReason ? { endReason: turn.endReason } : {}) };
    },

    judge(request) {
      // Local mode judges nothing: the field, the fit check and the review are the domain's
      // own local functions, which run without asking the model port.
      return Promise.reject(new Error(`The scripted model does not judge ${request.purpose}.`));
    },
  };
}
