import { and, eq } from 'drizzle-orm';
import { batchWhileBusy, batchWritesWhileBusy } from '../../db/batch-while-busy.ts';
import type { Database } from '../../db/database.ts';
import { interviews } from '../../db/schema.ts';
import {
  markInterviewsAnswered,
  markInterviewsReplied,
  markInterviewsStarted,
  saveTranscripts,
  type FirstMark,
  type StartMark,
  type TranscriptSave,
} from './batched-interview-writes.ts';
import {
  callIdIn,
  connectedElsewhere,
  findInterviewsByCallIds,
  finishInterview,
  markInterviewConnected,
  saveFitDecision,
  touchLiveInterviews,
  type InterviewRecord,
} from './interview-store.ts';
import { InterviewSession } from './session/interview-session.ts';
import type { SessionDeps } from './session/session-ports.ts';

export type RegistryDeps = Omit<SessionDeps, 'store' | 'onClosed'> & { db: Database };

/**
 * The live sessions of this process, by call id. Only an index of open sockets: every
 * session can be rebuilt from the database, which is what a reconnect to another
 * instance (or after a restart) does.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, InterviewSession>();
  private readonly opening = new Map<string, Promise<InterviewSession | null>>();
  // What every call asks of the database at connect and on its turns goes out in batches:
  // a burst of connects (an instance's calls all reconnecting after a restart) or a thousand
  // calls' turns cost a few statements, not one or two per call.
  private readonly findRecord: (callId: string) => Promise<InterviewRecord | null>;
  private readonly markStarted: (mark: StartMark) => Promise<Date>;
  private readonly markAnswered: (mark: FirstMark) => Promise<void>;
  private readonly markReplied: (mark: FirstMark) => Promise<void>;
  private readonly saveTranscript: (save: TranscriptSave) => Promise<void>;

  constructor(private readonly deps: RegistryDeps) {
    const { db } = deps;
    this.findRecord = batchWhileBusy((callIds) => findInterviewsByCallIds(db, callIds));
    this.markStarted = batchWhileBusy((marks) => markInterviewsStarted(db, marks));
    this.markAnswered = batchWritesWhileBusy((marks) => markInterviewsAnswered(db, marks));
    this.markReplied = batchWritesWhileBusy((marks) => markInterviewsReplied(db, marks));
    // A late call's transcript (with Retell's word timings) can be ~100 kB: a few dozen per statement.
    this.saveTranscript = batchWritesWhileBusy((saves) => saveTranscripts(db, saves), { maxBatch: 32 });
  }

  get size(): number {
    return this.sessions.size;
  }

  get(callId: string): InterviewSession | undefined {
    return this.sessions.get(callId);
  }

  /** Calls with a socket open in this process (for the per-instance cap). */
  get connected(): number {
    let count = 0;
    for (const session of this.sessions.values()) if (session.isConnected) count += 1;
    return count;
  }

  /** Calls of this user with a socket open in this process (for the per-user cap). */
  connectedCallsOf(userId: string): number {
    let count = 0;
    for (const session of this.sessions.values()) if (session.userId === userId && session.isConnected) count += 1;
    return count;
  }

  /**
   * Lets go of a session loaded for a socket that was then refused, so refusals cannot pile
   * up; only while no socket has ever held it. A call between two of its sockets keeps its
   * state (its budgets, its reconnect wait) whoever is turned away meanwhile.
   */
  release(callId: string): void {
    const session = this.sessions.get(callId);
    if (session?.neverAttached) this.sessions.delete(callId);
  }

  /**
   * Closes the sockets of calls that ended elsewhere (the API or a webhook on another
   * instance): one query per sweep for all live calls, so it scales with calls, not turns.
   */
  async sweepEndedElsewhere(): Promise<number> {
    const live = [...this.sessions.values()].filter((s) => !s.isEnded).map((s) => s.callId);
    if (live.length === 0) return 0;
    const ended = await this.deps.db
      .select({ callId: interviews.callId })
      .from(interviews)
      .where(and(callIdIn(live), eq(interviews.status, 'ended')));
    for (const { callId } of ended) this.sessions.get(callId)?.endedElsewhere();
    return ended.length;
  }

  /**
   * Tells the database that this instance still holds these calls (one statement per
   * sweep): the abandoned-call sweeper on any instance ends only calls nobody holds.
   */
  async touchConnected(): Promise<void> {
    const held = [...this.sessions.values()].filter((s) => s.isConnected && !s.isEnded).map((s) => s.callId);
    await touchLiveInterviews(this.deps.db, held);
  }

  /** Graceful shutdown: every live call finishes its turn (bounded), saves, and is handed over. */
  async handOverAll(graceMs: number): Promise<void> {
    await Promise.all([...this.sessions.values()].map((session) => session.handOver(graceMs)));
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
    const record = await this.findRecord(callId);
    if (!record || record.status === 'ended') return null;
    const { db, ...rest } = this.deps;
    const session = new InterviewSession(record, {
      ...rest,
      store: {
        markStarted: (id, at, connectionId) => this.markStarted({ id, at, connectionId }),
        markConnected: (id, connectionId) => markInterviewConnected(db, id, connectionId),
        connectedElsewhere: (id, connectionId) => connectedElsewhere(db, id, connectionId),
        markAnswered: (id, at) => this.markAnswered({ id, at }),
        markReplied: (id, at) => this.markReplied({ id, at }),
        saveTranscript: (id, transcript) => this.saveTranscript({ id, transcript }),
        saveFitDecision: (id, decision) => saveFitDecision(db, id, decision),
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
