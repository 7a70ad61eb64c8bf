import type { ChatMessage, JudgeRequest, LanguageModelPort } from '../../ports/language-model-port.ts';
import { ModelBusyError, type ModelScheduler } from './model-scheduler.ts';

/**
 * What a side call does when live turns need the model: the field and the fit check have a
 * local answer and take it at once; the written review and an evaluation wait their turn
 * (and start again if a live turn pushed them out).
 */
const whenBusy: Record<JudgeRequest<unknown>['purpose'], 'wait' | 'refuse'> = {
  field: 'refuse',
  congruency: 'refuse',
  feedback: 'wait',
  evaluation: 'wait',
};

/**
 * The model port with live turns first (model-scheduler.ts): every request takes a slot;
 * a side call pushed out by a live turn is aborted and, by its purpose, refused with
 * ModelBusyError or queued again within its own deadline.
 */
export function prioritisedModel(inner: LanguageModelPort, scheduler: ModelScheduler): LanguageModelPort {
  return {
    mode: inner.mode,

    async *streamReply(request, signal) {
      const slot = await scheduler.acquire('live', { whenBusy: 'wait', signal });
      try {
        yield* inner.streamReply(request, signal);
      } finally {
        slot.release();
      }
    },

    async judge<T>(request: JudgeRequest<T>, signal: AbortSignal): Promise<T> {
      const deadline = Date.now() + request.timeoutMs;
      const policy = whenBusy[request.purpose];
      for (;;) {
        const slot = await scheduler.acquire('side', { whenBusy: policy, signal });
        try {
          const remaining = Math.max(1, deadline - Date.now());
          return await inner.judge({ ...request, timeoutMs: remaining }, AbortSignal.any([signal, slot.preempted]));
        } catch (error) {
          if (!slot.preempted.aborted || signal.aborted) throw error;
          if (policy === 'refuse' || Date.now() >= deadline) throw new ModelBusyError();
        } finally {
          slot.release();
        }
      }
    },

    ...(inner.warm
      ? {
          warm: async (messages: ChatMessage[], signal: AbortSignal) => {
            // A warm-up is worth nothing if it delays a live turn: only on an idle model, and it yields to any live turn.
            const slot = await scheduler.acquire('side', { whenBusy: 'refuse', signal });
            try {
              await inner.warm?.(messages, AbortSignal.any([signal, slot.preempted]));
            } finally {
              slot.release();
            }
          },
        }
      : {}),
  };
}
