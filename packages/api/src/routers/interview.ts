import { TRPCError } from '@trpc/server';
import { browserCallSocketPath } from '@voxly/config';
import { fitPreview } from '@voxly/prompts';
import { createInterview } from '../domain/interview/create-interview.ts';
import { endByCandidate } from '../domain/interview/end-by-candidate.ts';
import { createInterviewInput, fitPreviewInput, interviewIdInput } from '../domain/interview/interview-input.ts';
import { interviewDetail, interviewSummaries } from '../domain/interview/interview-views.ts';
import { joinInterview } from '../domain/interview/join-token.ts';
import { lastWeakSpots } from '../domain/interview/last-weak-spots.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure } from '../trpc/procedures.ts';

export const interviewRouter = router({
  /** Spends one credit and registers the call the candidate is about to join. */
  create: protectedProcedure.input(createInterviewInput).mutation(async ({ ctx, input }) => {
    // The focus is read here from the candidate's own last report, before any credit moves.
    const focus = input.focusOnWeakSpots ? await lastWeakSpots(ctx.db, ctx.identity.userId) : null;
    if (input.focusOnWeakSpots && !focus) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'There is no finished report to focus on yet. Nothing was charged.' });
    }
    const created = await createInterview(ctx.db, ctx.voice, ctx.classifyField, ctx.identity.userId, input, new Date(), focus);
    return {
      interviewId: created.interviewId,
      callId: created.call.callId,
      voice: created.call.voice,
      accessToken: created.call.accessToken,
      socketPath: created.call.voice === 'browser' ? browserCallSocketPath(created.call.callId) : null,
    };
  }),

  /**
   * The fit check on the form, before a credit is spent: what the resume does not show
   * that the role asks for. Reads and writes nothing stored, charges nothing; the candidate decides
   * (a mutation only so the resume travels in the body, not in a URL).
   */
  fitPreview: protectedProcedure.input(fitPreviewInput).mutation(({ input }) => fitPreview(input)),

  /**
   * A join token that works now for the owner's call that has not started (a new web call when
   * the stored token may have expired); null when there is nothing to join (browser voice, or
   * a call that already started or ended). The Retell room asks right before it starts the call.
   */
  join: protectedProcedure
    .input(interviewIdInput)
    .mutation(({ ctx, input }) => joinInterview(ctx.db, ctx.voice, ctx.identity.userId, input.interviewId, new Date())),

  /** One interview with its transcript so far (a live call's newest lines included). */
  get: protectedProcedure
    .input(interviewIdInput)
    .query(({ ctx, input }) => interviewDetail(ctx.db, ctx, ctx.identity.userId, input.interviewId, new Date())),

  /** What a focused interview would aim at now (the last finished report's weak spots), or null: the form offers the focus only then. */
  weakSpots: protectedProcedure.query(({ ctx }) => lastWeakSpots(ctx.db, ctx.identity.userId)),

  /** The candidate's interviews, newest first, with each one's score for the progress chart. */
  list: protectedProcedure.query(({ ctx }) => interviewSummaries(ctx.db, ctx.identity.userId)),

  /** The candidate hangs up. Idempotent: ending an ended interview changes nothing. */
  end: protectedProcedure
    .input(interviewIdInput)
    .mutation(({ ctx, input }) => endByCandidate(ctx.db, ctx.sessions, ctx.identity.userId, input.interviewId)),
});
