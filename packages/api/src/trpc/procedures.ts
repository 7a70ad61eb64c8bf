import { TRPCError } from '@trpc/server';
import type { Database } from '../db/database.ts';
import { ensureUserWithWelcome } from '../domain/users/ensure-user.ts';
import { errorMessages, toClientError } from './error-mapper.ts';
import { t } from './init.ts';

/** Every procedure's errors go through the one mapper on their way out. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toClientError(result.error);
  return result;
});

/**
 * A caller over its budget (the HTTP edge's limiter counted this request) gets tRPC's own
 * TOO_MANY_REQUESTS, HTTP 429, before any input is read or work done: the client's tRPC
 * link understands it like any other error, one per call of a batch.
 */
const withinRateLimit = t.middleware(({ ctx, next }) => {
  if (ctx.rateLimit === 'exceeded') throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: errorMessages.tooMany });
  return next();
});

export const publicProcedure = t.procedure.use(withinRateLimit).use(mapErrors);

/**
 * Users each database already has, so the hot path skips the upsert. Only an
 * optimisation: losing it (restart, another instance) just costs one idempotent upsert.
 */
const knownUsersByDatabase = new WeakMap<Database, Set<string>>();
const KNOWN_USERS_MAX = 50_000;

function knownUsersOf(db: Database): Set<string> {
  let known = knownUsersByDatabase.get(db);
  if (!known) knownUsersByDatabase.set(db, (known = new Set()));
  return known;
}

export const protectedProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const identity = ctx.identity;
  if (!identity) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first.' });
  const knownUsers = knownUsersOf(ctx.db);
  if (!knownUsers.has(identity.userId)) {
    await ensureUserWithWelcome(ctx.db, { id: identity.userId, name: identity.name, email: identity.email }, ctx.welcomeCredits ?? 0);
    if (knownUsers.size >= KNOWN_USERS_MAX) knownUsers.clear();
    knownUsers.add(identity.userId);
  }
  return next({ ctx: { ...ctx, identity } });
});
