import { TRPCError } from '@trpc/server';
import type { FeedbackView } from '../domain/feedback/feedback-service.ts';
import { interviewIdInput } from '../domain/interview/interview-input.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure } from '../trpc/procedures.ts';

const orNotFound = (view: FeedbackView | null): FeedbackView => {
  // Someone else's interview gets the same answer as one that does not exist.
  if (!view) throw new TRPCError({ code: 'NOT_FOUND', message: 'No such interview.' });
  return view;
};

/** The review of a finished interview: generated once, on first request, then kept. */
export const feedbackRouter = router({
  /** The stored feedback, or its progress; the first call starts the (single) generation. */
  get: protectedProcedure
    .input(interviewIdInput)
    .query(async ({ ctx, input }) => orNotFound(await ctx.feedback.get(ctx.identity.userId, input.interviewId))),

  /** Tries again after a failed generation; a ready or pending one is returned unchanged. */
  regenerate: protectedProcedure
    .input(interviewIdInput)
    .mutation(async ({ ctx, input }) => orNotFound(await ctx.feedback.regenerate(ctx.identity.userId, input.interviewId))),
});
