// Server-only: the environment schema. Never import this from the web app.
export * from './env.ts';
export * from './retell-web-call.ts';
