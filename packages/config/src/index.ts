export * from './env.ts';
export * from './interview-policy.ts';
export * from './input-limits.ts';
export * from './credit-packages.ts';
export * from './languages.ts';
