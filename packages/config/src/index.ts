// Browser-safe settings both apps read. The server's environment lives in `@voxly/config/server`.
export * from './interview-policy.ts';
export * from './practice-policy.ts';
export * from './input-limits.ts';
export * from './credit-packages.ts';
export * from './markets.ts';
export * from './vocabulary/index.ts';
export * from './plain-text.ts';
export * from './session-setup.ts';
export * from './weak-spot-focus.ts';
export * from './interview-mode.ts';
