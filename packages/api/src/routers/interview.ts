import { TRPCError } from '@trpc/server';
import { fieldNames, type FieldId } from '@voxly/prompts';
import { and, desc, eq, sql } from 'drizzle-orm';
import { feedback, interviews } from '../db/schema.ts';
import type { FeedbackContent } from '../domain/feedback/feedback-content.ts';
import { createInterview } from '../domain/interview/create-interview.ts';
import { createInterviewInput, interviewIdInput } from '../domain/interview/interview-input.ts';
import { finishInterview } from '../domain/interview/interview-store.ts';
import { router } from '../trpc/init.ts';
import { protectedProcedure } from '../trpc/procedures.ts';

const summaryColumns = {
  id: interviews.id,
  jobTitle: interviews.jobTitle,
  field: interviews.field,
  language: interviews.language,
  status: interviews.status,
  endReason: interviews.endReason,
  createdAt: interviews.createdAt,
  startedAt: interviews.startedAt,
  endedAt: interviews.endedAt,
};

const withFieldName = <T extends { field: FieldId | null }>(row: T) => ({
  ...row,
  fieldName: fieldNames[row.field ?? 'general'],
});

const notFound = () => new TRPCError({ code: 'NOT_FOUND', message: 'No such interview.' });

export const interviewRouter = router({
  /** Spends one credit and registers the call the candidate is about to join. */
  create: protectedProcedure.input(createInterviewInput).mutation(async ({ ctx, input }) => {
    const created = await createInterview(ctx.db, ctx.voice, ctx.classifyField, ctx.identity.userId, input);
    return {
      interviewId: created.interviewId,
      callId: created.call.callId,
      voice: created.call.voice,
      accessToken: created.call.accessToken,
      socketPath: created.call.voice === 'browser' ? `/llm-websocket/${created.call.callId}` : null,
    };
  }),

  get: protectedProcedure.input(interviewIdInput).query(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({
        ...summaryColumns,
        callId: interviews.callId,
        voiceMode: interviews.voiceMode,
        candidateName: interviews.candidateName,
        fieldSource: interviews.fieldSource,
        fieldConfidence: interviews.fieldConfidence,
        fitDecision: interviews.fitDecision,
        transcript: interviews.transcript,
        // Spelled out: in a one-table select the ORM leaves columns unqualified, which a subquery would misread.
        creditRefunded: sql<boolean>`exists (select 1 from "credit_ledger" as l where l."interview_id" = "interviews"."id" and l."reason" = 'refund')`,
      })
      .from(interviews)
      .where(and(eq(interviews.id, input.interviewId), eq(interviews.userId, ctx.identity.userId)));
    if (!row) throw notFound();
    // A live call on this instance knows lines the last save does not have yet (a reload resumes from them).
    const live = row.status === 'ongoing' ? ctx.sessions.get(row.callId) : undefined;
    const transcript = live && !live.isEnded ? live.currentTranscript : row.transcript;
    // Word timings stay on the server (feedback uses them); the page needs the lines.
    return withFieldName({ ...row, transcript: transcript.map(({ role, content }) => ({ role, content })) });
  }),

  /** The candidate's interviews, newest first, with each one's score for the progress chart. */
  list: protectedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .select({
        ...summaryColumns,
        overallScore: sql<number | null>`(${feedback.content}->>'overallScore')::int`,
        ratings: sql<FeedbackContent['ratings'] | null>`${feedback.content}->'ratings'`,
      })
      .from(interviews)
      .leftJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
      .where(eq(interviews.userId, ctx.identity.userId))
      .orderBy(desc(interviews.createdAt))
      .limit(100);
    return rows.map(withFieldName);
  }),

  /** The candidate hangs up. Idempotent: ending an ended interview changes nothing. */
  end: protectedProcedure.input(interviewIdInput).mutation(async ({ ctx, input }) => {
    const [row] = await ctx.db
      .select({ id: interviews.id, callId: interviews.callId, status: interviews.status })
      .from(interviews)
      .where(and(eq(interviews.id, input.interviewId), eq(interviews.userId, ctx.identity.userId)));
    if (!row) throw notFound();
    if (row.status !== 'ended') {
      const live = ctx.sessions.get(row.callId);
      if (live) await live.endByCandidate();
      else await finishInterview(ctx.db, { id: row.id, reason: 'candidate_ended', at: new Date() });
    }
    const [after] = await ctx.db
      .select({ status: interviews.status, endReason: interviews.endReason })
      .from(interviews)
      .where(eq(interviews.id, row.id));
    if (!after) throw notFound();
    return after;
  }),
});
