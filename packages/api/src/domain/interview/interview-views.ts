import { fieldNames, type FieldId } from '@voxly/prompts';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { feedback, interviews } from '../../db/schema.ts';
import type { FeedbackContent } from '../feedback/feedback-content.ts';
import { enoughAnswersToJudge, type SpeechMetrics } from '../feedback/speech-metrics.ts';
import { noSuchInterview } from '../not-found-error.ts';
import { ownerRecording, type RecordingServices } from './owner-recording.ts';
import type { SessionRegistry } from './session-registry.ts';

const summaryColumns = {
  id: interviews.id,
  jobTitle: interviews.jobTitle,
  field: interviews.field,
  language: interviews.language,
  lengthMinutes: interviews.lengthMinutes,
  kind: interviews.kind,
  seniority: interviews.seniority,
  interviewMode: interviews.interviewMode,
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

/** One of the candidate's interviews as the room and the report show it (the call's recording only to its owner, here). */
export async function interviewDetail(
  db: Database,
  services: RecordingServices & { sessions: Pick<SessionRegistry, 'get'> },
  userId: string,
  interviewId: string,
  now: Date,
) {
  const [row] = await db
    .select({
      ...summaryColumns,
      callId: interviews.callId,
      voiceMode: interviews.voiceMode,
      candidateName: interviews.candidateName,
      fieldSource: interviews.fieldSource,
      fieldConfidence: interviews.fieldConfidence,
      fitDecision: interviews.fitDecision,
      /** What this interview aimed at (last time's weak spots and their ratings then); the report shows the change. */
      weakSpotFocus: interviews.weakSpotFocus,
      transcript: interviews.transcript,
      recordingUrl: interviews.recordingUrl,
      recordingCheckedAt: interviews.recordingCheckedAt,
      // Spelled out: in a one-table select the ORM leaves columns unqualified, which a subquery would misread.
      creditRefunded: sql<boolean>`exists (select 1 from "credit_ledger" as l where l."interview_id" = "interviews"."id" and l."reason" = 'refund')`,
    })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!row) throw noSuchInterview();
  // A live call on this instance knows lines the last save does not have yet (a reload resumes from them).
  const live = row.status === 'ongoing' ? services.sessions.get(row.callId) : undefined;
  const resumable = live && !live.isEnded ? live : undefined;
  const transcript = resumable ? resumable.currentTranscript : row.transcript;
  const { recordingUrl: _url, recordingCheckedAt: _checked, ...detail } = row;
  // Word timings stay on the server (feedback and the answers' places in the recording use them); the page needs the lines.
  return withFieldName({
    ...detail,
    transcript: transcript.map(({ role, content }) => ({ role, content })),
    // The candidate's turn still being said when the page asked: back to the answer box, not sent.
    draft: resumable?.draft ?? null,
    recording: await ownerRecording(db, services, row, now),
  });
}

/** The candidate's interviews, newest first, with each one's score for the progress chart. */
export async function interviewSummaries(db: Database, userId: string) {
  const rows = await db
    .select({
      ...summaryColumns,
      overallScore: sql<number | null>`(${feedback.content}->>'overallScore')::int`,
      ratings: sql<FeedbackContent['ratings'] | null>`${feedback.content}->'ratings'`,
      metrics: feedback.metrics,
    })
    .from(interviews)
    .leftJoin(feedback, and(eq(feedback.interviewId, interviews.id), eq(feedback.status, 'ready')))
    .where(eq(interviews.userId, userId))
    .orderBy(desc(interviews.createdAt))
    .limit(100);
  // A score with too few real answers behind it is listed as such, not as a verdict.
  return rows.map(({ metrics, ...row }) =>
    withFieldName({ ...row, judged: metrics ? enoughAnswersToJudge(metrics as SpeechMetrics) : null }),
  );
}
