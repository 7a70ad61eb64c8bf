import { foreignScriptAt } from '@voxly/prompts';
import { describe, expect, it } from 'vitest';
import { InterviewSession } from '../../src/domain/interview/session/interview-session.ts';
import type { LanguageModelPort } from '../../src/ports/language-model-port.ts';
import { FakeTransport, interviewRecord, memoryStore, recordingMetrics, sessionSetup, settle } from './session-fakes.ts';

/** A model that streams the given chunks and records whether its request was stopped. */
function drifting(chunks: string[]) {
  const seen = { aborted: false, chunksRead: 0 };
  const llm: LanguageModelPort = {
    mode: 'openai',
    async *streamReply(_request, signal) {
      for (const text of chunks) {
        await settle();
        if (signal.aborted) break;
        seen.chunksRead += 1;
        yield { text };
      }
      seen.aborted = signal.aborted;
    },
    judge: () => Promise.reject(new Error('not used')),
  };
  return { llm, seen };
}

async function replyOf(chunks: string[]) {
  const { llm, seen } = drifting(chunks);
  const transport = new FakeTransport();
  const setup = sessionSetup();
  const session = new InterviewSession(interviewRecord(), {
    ...setup,
    llm,
    store: memoryStore().store,
    metrics: recordingMetrics().metrics,
    onClosed() {},
  });
  session.attach(transport);
  session.handle({
    interaction_type: 'response_required',
    response_id: 1,
    transcript: [
      { role: 'agent', content: transport.textOf(0) },
      { role: 'user', content: 'I moved our billing to Kafka.' },
    ],
  });
  for (let i = 0; i < chunks.length + 3; i += 1) await settle();
  return { text: transport.textOf(1), completed: transport.completed(1), seen };
}

describe('a reply drifting into another script', () => {
  it('finds the first letter outside the Latin script, and only letters count', () => {
    expect(foreignScriptAt('Cuéntame: ¿cómo migraste 3 servicios? — ação, 100 %, ✓')).toBe(-1);
    expect(foreignScriptAt('Tell me about 管道')).toBe('Tell me about '.length);
    expect(foreignScriptAt('Расскажите')).toBe(0);
  });

  it('is cut before the first foreign letter and its model request stopped', async () => {
    const { text, completed, seen } = await replyOf(['How did you make the move to Kafka safe? ', '我们可以', '谈谈你的团队吗', ' more']);
    expect(text).toBe('How did you make the move to Kafka safe? ');
    expect(completed).toBe(true);
    expect(seen.chunksRead).toBe(2);
  });

  it('says the local interviewer’s turn instead when the drift comes before any word', async () => {
    const { text, completed } = await replyOf(['你好，请介绍一下你自己。']);
    expect(text.trim().length).toBeGreaterThan(10);
    expect(foreignScriptAt(text)).toBe(-1);
    expect(completed).toBe(true);
  });
});
