/** `@voxly/api/interview`: the live call (sessions, clock, transcript), its ports and its sweeps. */
export * from '../domain/interview/clock.ts';
export * from '../domain/interview/end-reasons.ts';
export * from '../domain/interview/interview-clock.ts';
export * from '../domain/interview/interview-input.ts';
export * from '../domain/interview/session/interview-session.ts';
export * from '../domain/interview/session/session-ports.ts';
export { FirstChunkTimeoutError } from '../domain/interview/session/model-reply.ts';
export * from '../domain/interview/batched-interview-writes.ts';
export * from '../domain/interview/interview-store.ts';
export * from '../domain/interview/retell-protocol.ts';
export * from '../domain/interview/session-registry.ts';
export * from '../domain/interview/transcript.ts';
export type * from '../ports/language-model-port.ts';
export type * from '../ports/voice-port.ts';
export { fieldClassifier } from '../domain/interview/classify-field.ts';
export * from '../domain/interview/sweep-never-started.ts';
export * from '../domain/interview/sweep-abandoned.ts';
export * from '../domain/interview/retell-call-ended.ts';
