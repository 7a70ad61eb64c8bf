import type { Database } from '../../db/database.ts';
import { finishInterview, findInterviewByCallId, markInterviewStarted, saveTranscript } from './interview-store.ts';
import { InterviewSession, type SessionDeps } from './interview-session.ts';

export type RegistryDeps = Omit<SessionDeps, 'store' | 'onClosed'> & { db: Database };

/**
 * The live sessions of this process, by call id. Only an index of open sockets: every
 * session can be rebuilt from the database, which is what a reconnect to another
 * instance (or after a restart) does.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, InterviewSession>();
  private readonly opening = new Map<string, Promise<InterviewSession | null>>();

  constructor(private readonly deps: RegistryDeps) {}

  get size(): number {
    return this.sessions.size;
  }

  get(callId: string): InterviewSession | undefined {
    return this.sessions.get(callId);
  }

  /** The live session for a call, rebuilt from the database if needed; null for unknown or ended calls. */
  async open(callId: string): Promise<InterviewSession | null> {
    const live = this.sessions.get(callId);
    if (live && !live.isEnded) return live;
    const pending = this.opening.get(callId);
    if (pending) return pending;
    const opening = this.load(callId).finally(() => this.opening.delete(callId));
    this.opening.set(callId, opening);
    return opening;
  }

  private async load(callId: string): Promise<InterviewSession | null> {
    const record = await findInterviewByCallId(this.deps.db, callId);
    if (!record || record.status === 'ended') return null;
    const { db, ...rest } = this.deps;
    const session = new InterviewSession(record, {
      ...rest,
      store: {
        markStarted: (id, at) => markInterviewStarted(db, id, at),
        saveTranscript: (id, transcript) => saveTranscript(db, id, transcript),
        finish: (input) => finishInterview(db, input),
      },
      onClosed: (id) => {
        if (this.sessions.get(id) === session) this.sessions.delete(id);
      },
    });
    this.sessions.set(callId, session);
    return session;
  }
}
