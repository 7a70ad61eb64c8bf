export * from './test-databases.ts';
export * from './rejection-message.ts';
