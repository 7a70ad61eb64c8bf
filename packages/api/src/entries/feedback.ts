/** `@voxly/api/feedback`: the review of an interview, its writers and its speech metrics. */
export * from '../domain/feedback/speech-metrics.ts';
export * from '../domain/feedback/feedback-content.ts';
export * from '../domain/feedback/feedback-service.ts';
export * from '../domain/feedback/feedback-writers.ts';
export * from '../domain/feedback/rule-based-feedback.ts';
export type * from '../ports/feedback-writer-port.ts';
export * from '../domain/feedback/stronger-examples.ts';
