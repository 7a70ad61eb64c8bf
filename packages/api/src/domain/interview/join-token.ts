import { and, eq } from 'drizzle-orm';
import type { Database, Executor } from '../../db/database.ts';
import { interviews, type InterviewStatus } from '../../db/schema.ts';
import type { VoicePort } from '../../ports/voice-port.ts';
import { noSuchInterview } from '../not-found-error.ts';

/** A token with less than this left is not handed out: the browser needs time to connect with it. */
const joinMarginMs = 5_000;

/** The voice vendor could not open a new web call for an interview already paid for (its credit stays with it). */
export class CallRenewalError extends Error {
  constructor(cause: unknown) {
    super('The voice service could not open a new call for the interview', { cause });
    this.name = 'CallRenewalError';
  }
}

/** What deciding a join token needs to know about the interview. */
export interface JoinableInterview {
  id: string;
  userId: string;
  callId: string;
  status: InterviewStatus;
  accessToken: string | null;
  accessTokenExpiresAt: Date | null;
}

/** The interview's call as the room joins it: its current call id and a token that still works, or none. */
export interface JoinTicket {
  callId: string;
  /** null: nothing to join with (browser voice, or a call that already started or ended: start again). */
  accessToken: string | null;
}

export const joinableColumns = {
  id: interviews.id,
  userId: interviews.userId,
  callId: interviews.callId,
  status: interviews.status,
  accessToken: interviews.accessToken,
  accessTokenExpiresAt: interviews.accessTokenExpiresAt,
};

/**
 * A join token for the interview's call, never one that may have expired: a vendor's web-call
 * token is short-lived (Retell's v2 one about 30 s), so a repeated submission, a reload or a
 * late click on Start must not be answered with the token stored at creation. A call that never
 * started gets a new web call for the same interview (no new debit; the old call is left to
 * time out unjoined, and its events name a call id we no longer hold). A call that started or
 * ended gets no token at all.
 */
export async function joinTicket(db: Executor, voice: VoicePort, interview: JoinableInterview, now: Date): Promise<JoinTicket> {
  const none = { callId: interview.callId, accessToken: null };
  if (voice.mode !== 'retell' || interview.status !== 'registered') return none;
  const expiresAt = interview.accessTokenExpiresAt?.getTime() ?? 0;
  if (interview.accessToken && expiresAt - joinMarginMs > now.getTime()) {
    return { callId: interview.callId, accessToken: interview.accessToken };
  }
  const renewed = await voice.registerCall({ interviewId: interview.id, userId: interview.userId }).catch((error: unknown) => {
    throw new CallRenewalError(error);
  });
  // Only while nobody joined: a call that started meanwhile keeps its call id.
  const [updated] = await db
    .update(interviews)
    .set({ callId: renewed.callId, accessToken: renewed.accessToken, accessTokenExpiresAt: renewed.accessTokenExpiresAt })
    .where(and(eq(interviews.id, interview.id), eq(interviews.status, 'registered'), eq(interviews.callId, interview.callId)))
    .returning({ callId: interviews.callId });
  return updated ? { callId: renewed.callId, accessToken: renewed.accessToken } : none;
}

/** interview.join: the owner's room asks for a token that works now, right before it starts the call. */
export async function joinInterview(db: Database, voice: VoicePort, userId: string, interviewId: string, now: Date): Promise<JoinTicket> {
  const [row] = await db
    .select(joinableColumns)
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!row) throw noSuchInterview();
  return joinTicket(db, voice, row, now);
}
