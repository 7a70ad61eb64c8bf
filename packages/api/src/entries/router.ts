/** `@voxly/api/router`: the tRPC router, its context and the one error mapper (the HTTP adapter's side). */
export { appRouter, type AppRouter } from '../routers/app-router.ts';
export type { AuthPort } from '../ports/auth-port.ts';
export { noUserDirectory, type UserDirectory } from '../ports/user-directory-port.ts';
export type { ApiServices, Context, Identity, RateLimitVerdict } from '../trpc/context.ts';
export { createCallerFactory } from '../trpc/init.ts';
export * from '../trpc/error-mapper.ts';
