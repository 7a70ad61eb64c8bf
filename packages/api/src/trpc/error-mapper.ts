import { TRPCError } from '@trpc/server';
import { isDatabaseUnavailable } from '../db/pg-error.ts';
import { CheckoutUnavailableError } from '../domain/billing/create-checkout.ts';
import { UnknownMarketError } from '../domain/billing/visitor-market.ts';
import { InsufficientCreditsError } from '../domain/credits/ledger.ts';
import { CallRegistrationError, InterviewInProgressError } from '../domain/interview/create-interview.ts';
import { CallRenewalError } from '../domain/interview/join-token.ts';
import { NotFoundError } from '../domain/not-found-error.ts';

/** Seconds a client should wait before retrying a 503. */
export const retryAfterSeconds = 5;

export const errorMessages = {
  internal: 'Internal server error.',
  unavailable: 'The service is briefly unavailable. Nothing was changed; please try again in a moment.',
  tooMany: 'Too many requests: slow down and try again in a moment.',
} as const;

/**
 * The one map from what went wrong to what the client is told. Known domain errors get
 * their codes and plain words; an unreachable database is SERVICE_UNAVAILABLE (retry);
 * anything else is "Internal server error", its cause (SQL, parameters, stack) kept for
 * the log only. Errors already phrased for the client (TRPCError with a code) pass.
 */
export function toClientError(error: unknown): TRPCError {
  const cause = error instanceof TRPCError && error.code === 'INTERNAL_SERVER_ERROR' && error.cause ? error.cause : error;
  if (cause instanceof TRPCError) return cause;
  if (cause instanceof InsufficientCreditsError) {
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: 'You have no credits left. Buy a package to start an interview.' });
  }
  if (cause instanceof InterviewInProgressError) {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'You have an interview in progress. Rejoin it or end it before starting another. Nothing was charged.',
    });
  }
  if (cause instanceof CallRegistrationError) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The voice service could not start the call. No credit was used; please try again in a moment.',
      cause,
    });
  }
  if (cause instanceof CallRenewalError) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The voice service could not open the call. Your credit stays with this interview; please try again in a moment.',
      cause,
    });
  }
  if (cause instanceof UnknownMarketError) return new TRPCError({ code: 'BAD_REQUEST', message: cause.message });
  if (cause instanceof NotFoundError) return new TRPCError({ code: 'NOT_FOUND', message: cause.message });
  if (cause instanceof CheckoutUnavailableError) {
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: 'The payment service could not open a checkout. Nothing was charged; please try again in a moment.',
      cause,
    });
  }
  if (isDatabaseUnavailable(cause)) return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: errorMessages.unavailable, cause });
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: errorMessages.internal, cause });
}
