import type { TranscriptTurn } from '@voxly/prompts';
import { and, isNull, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { preparedQuery, unnamed } from '../../db/prepared-query.ts';
import { interviews } from '../../db/schema.ts';
import { idsLockedInOrder } from './locked-in-id-order.ts';

// The writes a live call makes on connect and on its turns, each for many calls in one
// statement (the session registry batches them, ADR 0016), rows locked in id order.

export interface StartMark {
  id: string;
  at: Date;
  /** The socket that started it (null: keep the recorded one). */
  connectionId: string | null;
}

const markManyStarted = preparedQuery((db) =>
  db
    .update(interviews)
    .set({
      lastConnectionId: sql`coalesce(start."connectionId", ${interviews.lastConnectionId})`,
      status: sql`case when ${interviews.status} = 'ended' then 'ended' else 'ongoing' end`,
      startedAt: sql`coalesce(${interviews.startedAt}, start.at)`,
      lastSeenAt: sql`now()`,
      // The join token has done its job: it is not kept once the call is live.
      accessToken: null,
      accessTokenExpiresAt: null,
    })
    .from(sql`jsonb_to_recordset(${sql.placeholder('starts')}::jsonb) as start(id uuid, at timestamptz, "connectionId" text)`)
    .where(and(sql`${interviews.id} = start.id`, idsLockedInOrder()))
    .returning({ id: interviews.id, startedAt: interviews.startedAt })
    .prepare(unnamed),
);

/**
 * Marks many calls started in one statement (the first start of each wins); answers each
 * call's start in the order given. A call given twice is marked once, by its last mark.
 */
export async function markInterviewsStarted(db: Executor, marks: readonly StartMark[]): Promise<Date[]> {
  const latest = new Map(marks.map((mark) => [mark.id, mark]));
  const rows = await markManyStarted(db).execute({ starts: JSON.stringify([...latest.values()]), ids: [...latest.keys()] });
  const startedAt = new Map(rows.map((row) => [row.id, row.startedAt]));
  return marks.map((mark) => startedAt.get(mark.id) ?? mark.at);
}

/** A fact recorded once per call, at its first time: the candidate's first words, or a model's first reply. */
export interface FirstMark {
  id: string;
  at: Date;
}

const markManyFirst = (column: 'firstAnswerAt' | 'firstReplyAt') =>
  preparedQuery((db) =>
    db
      .update(interviews)
      .set({ [column]: sql`mark.at` })
      .from(sql`jsonb_to_recordset(${sql.placeholder('marks')}::jsonb) as mark(id uuid, at timestamptz)`)
      .where(and(sql`${interviews.id} = mark.id`, isNull(interviews[column]), idsLockedInOrder()))
      .prepare(unnamed),
  );

const markManyAnswered = markManyFirst('firstAnswerAt');
const markManyReplied = markManyFirst('firstReplyAt');

/** Each call once, by its earliest mark. */
function earliestOf(marks: readonly FirstMark[]): FirstMark[] {
  const earliest = new Map<string, FirstMark>();
  for (const mark of marks) {
    const kept = earliest.get(mark.id);
    if (!kept || mark.at < kept.at) earliest.set(mark.id, mark);
  }
  return [...earliest.values()];
}

/** The server saw these calls' first words: each recorded once, never cleared (the refund rule reads it). */
export async function markInterviewsAnswered(db: Executor, marks: readonly FirstMark[]): Promise<void> {
  const earliest = earliestOf(marks);
  await markManyAnswered(db).execute({ marks: JSON.stringify(earliest), ids: earliest.map((mark) => mark.id) });
}

export async function markInterviewAnswered(db: Executor, id: string, at: Date): Promise<void> {
  await markInterviewsAnswered(db, [{ id, at }]);
}

/** A model's reply first went out on these calls: each recorded once, never cleared (the refund rule reads it). */
export async function markInterviewsReplied(db: Executor, marks: readonly FirstMark[]): Promise<void> {
  const earliest = earliestOf(marks);
  await markManyReplied(db).execute({ marks: JSON.stringify(earliest), ids: earliest.map((mark) => mark.id) });
}

const saveRunningTranscripts = preparedQuery((db) =>
  db
    .update(interviews)
    .set({ transcript: sql`save.transcript` })
    .from(sql`jsonb_to_recordset(${sql.placeholder('saves')}::jsonb) as save(id uuid, transcript jsonb, length int)`)
    .where(
      and(
        sql`${interviews.id} = save.id`,
        ne(interviews.status, 'ended'),
        sql`jsonb_array_length(${interviews.transcript}) <= save.length`,
        idsLockedInOrder(),
      ),
    )
    .prepare(unnamed),
);

export interface TranscriptSave {
  id: string;
  transcript: readonly TranscriptTurn[];
}

/**
 * Saves running calls' transcripts in one statement. Transcripts only grow, so a write never
 * replaces a longer one: a late write (an older save finishing last, or an instance that
 * lost the call) cannot undo a newer one. A call given twice is saved with its longest.
 */
export async function saveTranscripts(db: Executor, saves: readonly TranscriptSave[]): Promise<void> {
  const longest = new Map<string, TranscriptSave>();
  for (const save of saves) {
    const kept = longest.get(save.id);
    if (!kept || save.transcript.length >= kept.transcript.length) longest.set(save.id, save);
  }
  const rows = [...longest.values()].map(({ id, transcript }) => ({ id, transcript, length: transcript.length }));
  await saveRunningTranscripts(db).execute({ saves: JSON.stringify(rows), ids: [...longest.keys()] });
}
