import type { FeedbackView } from '../domain/feedback/feedback-service.ts';
import { sharedReport, shareReport, shareTokenInput, shareTokenOf, unshareReport } from '../domain/feedback/report-shares.ts';
import { interviewIdInput } from '../domain/interview/interview-input.ts';
import { recordingOfOwnedInterview } from '../domain/interview/owner-recording.ts';
import { noSuchInterview, NotFoundError } from '../domain/not-found-error.ts';
import type { ApiServices } from '../trpc/context.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure, publicProcedure } from '../trpc/procedures.ts';

const notFound = noSuchInterview;

/** The owner's ready review comes with the call's recording (null when there is none); a shared one never does. */
async function withOwnerRecording(ctx: ApiServices, userId: string, interviewId: string, view: FeedbackView) {
  if (view.status !== 'ready') return view;
  return { ...view, recording: await recordingOfOwnedInterview(ctx.db, ctx, userId, interviewId, new Date()) };
}
const orNotFound = (view: FeedbackView | null): FeedbackView => {
  // Someone else's interview gets the same answer as one that does not exist.
  if (!view) throw notFound();
  return view;
};

/** The review of a finished interview: generated once, on first request, then kept. */
export const feedbackRouter = router({
  /** The stored feedback, or its progress; the first call starts the (single) generation. */
  get: protectedProcedure
    .input(interviewIdInput)
    .query(async ({ ctx, input }) =>
      withOwnerRecording(
        ctx,
        ctx.identity.userId,
        input.interviewId,
        orNotFound(await ctx.feedback.get(ctx.identity.userId, input.interviewId)),
      ),
    ),

  /** Tries again after a failed generation; a ready or pending one is returned unchanged. */
  regenerate: protectedProcedure
    .input(interviewIdInput)
    .mutation(async ({ ctx, input }) =>
      withOwnerRecording(
        ctx,
        ctx.identity.userId,
        input.interviewId,
        orNotFound(await ctx.feedback.regenerate(ctx.identity.userId, input.interviewId)),
      ),
    ),

  /** The review's share link token, or null while sharing is off (the default). */
  sharing: protectedProcedure.input(interviewIdInput).query(async ({ ctx, input }) => {
    const state = await shareTokenOf(ctx.db, ctx.identity.userId, input.interviewId);
    if (!state.found) throw notFound();
    return { token: state.token };
  }),

  /** Turns on a read-only link to the review (the same link while it stays on). */
  share: protectedProcedure.input(interviewIdInput).mutation(async ({ ctx, input }) => {
    const state = await shareReport(ctx.db, ctx.identity.userId, input.interviewId);
    if (!state.found || !state.token) throw notFound();
    return { token: state.token };
  }),

  /** Turns the link off: it stops working at once, and a later share makes a new one. */
  unshare: protectedProcedure.input(interviewIdInput).mutation(async ({ ctx, input }) => {
    if (!(await unshareReport(ctx.db, ctx.identity.userId, input.interviewId))) throw notFound();
    return { token: null };
  }),

  /** A shared review, for anyone holding its link: the review only, no account data. */
  shared: publicProcedure.input(shareTokenInput).query(async ({ ctx, input }) => {
    const report = await sharedReport(ctx.db, input.token);
    if (!report) throw new NotFoundError('This link does not open a report: it was turned off, or it never existed.');
    return report;
  }),
});
