export * from './test-databases.ts';
export * from './rejection-message.ts';
export * from './manual-clock.ts';
export * from './feedback-transcripts.ts';
export * from './free-port.ts';
export { openPostgres } from '../../src/db/open-postgres.ts';
export * from './server-process.ts';
