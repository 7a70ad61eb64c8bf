import { interviewPolicy } from '@voxly/config';
import type { TranscriptTurn } from '@voxly/prompts';
import type { InterviewRecord } from '../../src/domain/interview/interview-store.ts';
import type { OutboundEvent } from '../../src/domain/interview/retell-protocol.ts';
import {
  defaultSessionTimings,
  type SessionMetrics,
  type SessionStore,
  type SessionTransport,
} from '../../src/domain/interview/session/session-ports.ts';
import type { LanguageModelPort, ReplyRequest } from '../../src/ports/language-model-port.ts';
import { ManualClock } from '../support/manual-clock.ts';

/** A socket that keeps what the session sent. */
export class FakeTransport implements SessionTransport {
  readonly sent: OutboundEvent[] = [];
  closed: { code: number; reason: string } | null = null;
  send(event: OutboundEvent): void {
    this.sent.push(event);
  }
  close(code: number, reason: string): void {
    this.closed = { code, reason };
  }
  /** The text sent for one response id so far. */
  textOf(responseId: number): string {
    return this.sent
      .filter(
        (e): e is Extract<OutboundEvent, { response_type: 'response' }> => e.response_type === 'response' && e.response_id === responseId,
      )
      .map((e) => e.content)
      .join('');
  }
  completed(responseId: number): boolean {
    return this.sent.some((e) => e.response_type === 'response' && e.response_id === responseId && e.content_complete);
  }
}

/** The session's store in memory, with every call recorded. */
export function memoryStore() {
  const calls: { method: keyof SessionStore; args: unknown[] }[] = [];
  const saved: TranscriptTurn[][] = [];
  const record =
    <K extends keyof SessionStore>(method: K, result: Awaited<ReturnType<SessionStore[K]>>) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(result);
    };
  const store: SessionStore = {
    markStarted: (id, at) => {
      calls.push({ method: 'markStarted', args: [id, at] });
      return Promise.resolve(at);
    },
    markConnected: record('markConnected', undefined),
    connectedElsewhere: record('connectedElsewhere', false),
    markAnswered: record('markAnswered', undefined),
    markReplied: record('markReplied', undefined),
    saveTranscript: (id, transcript) => {
      calls.push({ method: 'saveTranscript', args: [id, transcript] });
      saved.push(transcript);
      return Promise.resolve();
    },
    saveFitDecision: record('saveFitDecision', undefined),
    finish: record('finish', undefined),
  };
  return { store, calls, saved, count: (method: keyof SessionStore) => calls.filter((c) => c.method === method).length };
}

interface ModelCall {
  request: ReplyRequest;
  signal: AbortSignal;
  /** Lets the reply's words flow (a model's time to first token, held by the test). */
  release(): void;
}

/**
 * A model whose replies wait until the test releases them, then say "Reply to: <the
 * candidate's last words>" in two chunks. Every request and its abort signal are kept.
 */
export function heldModel(): LanguageModelPort & { calls: ModelCall[] } {
  const calls: ModelCall[] = [];
  return {
    mode: 'openai',
    calls,
    async *streamReply(request, signal) {
      let release = () => {};
      const released = new Promise<void>((resolve) => (release = resolve));
      calls.push({ request, signal, release });
      const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
      await Promise.race([released, aborted]);
      if (signal.aborted) return;
      const last = request.transcript.filter((t) => t.role === 'user').at(-1)?.content ?? '';
      yield { text: 'Reply to: ' };
      yield { text: `${last}` };
    },
    judge: () => Promise.reject(new Error('no judging here')),
  };
}

export function recordingMetrics() {
  const firstChunks: { ms: number; preemptive: boolean }[] = [];
  const speculations: string[] = [];
  const metrics: SessionMetrics = {
    firstChunk: (ms, preemptive) => firstChunks.push({ ms, preemptive }),
    modelFirstToken: () => {},
    speculation: (outcome) => speculations.push(outcome),
  };
  return { metrics, firstChunks, speculations };
}

export const interviewRecord = (overrides: Partial<InterviewRecord> = {}): InterviewRecord => ({
  id: 'interview-1',
  userId: 'local:someone',
  callId: 'call-1',
  voiceMode: 'retell',
  candidateName: 'Camila Rocha',
  jobTitle: 'Senior Backend Engineer',
  jobDescription: 'Design and operate microservices in TypeScript on AWS with Kubernetes.',
  resumeText: 'Backend engineer, 7 years of TypeScript, Kubernetes and AWS.',
  field: 'engineering',
  language: 'en',
  status: 'registered',
  endReason: null,
  startedAt: null,
  firstAnswerAt: null,
  firstReplyAt: null,
  transcript: [],
  interviewMode: 'real',
  ...overrides,
});

export const sessionSetup = () => ({
  clock: new ManualClock(),
  policy: interviewPolicy,
  timings: defaultSessionTimings,
  logger: { info() {}, warn() {}, error() {} },
});

/** Lets pending promise callbacks run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
