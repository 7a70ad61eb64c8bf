import {
  checkoutCurrencies,
  defaultInterviewMode,
  defaultSessionSetup,
  endReasons,
  fieldIds,
  interviewModes,
  languages,
  practicePolicy,
  seniorities,
  sessionKinds,
  vendorKinds,
  type WeakSpotFocus,
} from '@voxly/config';
import type { AnswerReview } from '@voxly/prompts';
import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, numeric, pgTable, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { fieldSources, type CallLatency, type FitDecision, type StoredTurn } from './column-types.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable(
  'users',
  {
    /** The auth provider's user id (Clerk `user_…`, or `local:<name>` in local mode). */
    id: text('id').primaryKey(),
    name: text('name'),
    email: text('email'),
    locale: text('locale', { enum: languages }),
    /** The market (currency) the user was last priced in by their own choice or purchase; null: none yet. */
    market: text('market', { enum: checkoutCurrencies }),
    /**
     * Cached sum of this user's ledger deltas, maintained by a trigger on credit_ledger.
     * The CHECK makes "balance never negative" a database rule: a debit that would take it
     * below zero fails its INSERT.
     */
    credits: integer('credits').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [check('users_credits_non_negative', sql`${t.credits} >= 0`)],
);

export const ledgerReasons = ['purchase', 'interview', 'refund', 'chargeback', 'grant', 'welcome'] as const;
export type LedgerReason = (typeof ledgerReasons)[number];

export const creditLedger = pgTable(
  'credit_ledger',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    delta: integer('delta').notNull(),
    reason: text('reason', { enum: ledgerReasons }).notNull(),
    paymentId: text('payment_id'),
    /** The order a purchase pays: with the unique index below, an order credits at most once. */
    orderId: uuid('order_id'),
    interviewId: uuid('interview_id'),
    createdAt: createdAt(),
  },
  (t) => [
    check('credit_ledger_delta_non_zero', sql`${t.delta} <> 0`),
    uniqueIndex('credit_ledger_order_reason_key')
      .on(t.orderId, t.reason)
      .where(sql`${t.orderId} is not null`),
    // A payment credits (or is charged back) at most once; an interview is debited and refunded at most once.
    uniqueIndex('credit_ledger_payment_reason_key')
      .on(t.paymentId, t.reason)
      .where(sql`${t.paymentId} is not null`),
    uniqueIndex('credit_ledger_interview_reason_key')
      .on(t.interviewId, t.reason)
      .where(sql`${t.interviewId} is not null`),
    // The welcome credit is given once per account, whatever races to give it.
    uniqueIndex('credit_ledger_welcome_key')
      .on(t.userId)
      .where(sql`${t.reason} = 'welcome'`),
    index('credit_ledger_user_idx').on(t.userId, t.createdAt),
  ],
);

/**
 * The balance mirror's outbox: one row per user whose balance changed since it was last
 * written to the sign-in provider (Clerk's `publicMetadata.credits`, for display only). A
 * trigger on `credit_ledger` writes it in the statement that moves the balance, so no change
 * is missed; `ledger_id` is the newest ledger row the mirror must show. The drain writes the
 * balance as it is then, and deletes the row only if no newer row arrived meanwhile.
 */
export const balanceMirrorOutbox = pgTable(
  'balance_mirror_outbox',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id),
    ledgerId: bigint('ledger_id', { mode: 'number' }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Why the last attempt failed (a status code or a short reason), for an operator. */
    lastError: text('last_error'),
    createdAt: createdAt(),
  },
  (t) => [index('balance_mirror_outbox_due_idx').on(t.nextAttemptAt)],
);

export const orderStatuses = ['open', 'paid', 'reversed'] as const;

/**
 * A checkout the user started. Its id is the opaque `external_reference` we give Mercado
 * Pago; its price and credits come from our catalog at the time of the order.
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    packageId: text('package_id').notNull(),
    credits: integer('credits').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency', { enum: checkoutCurrencies }).notNull(),
    status: text('status', { enum: orderStatuses }).notNull().default('open'),
    preferenceId: text('preference_id'),
    createdAt: createdAt(),
  },
  (t) => [index('orders_user_idx').on(t.userId, t.createdAt)],
);

export const payments = pgTable(
  'payments',
  {
    /** Mercado Pago's payment id (or the sandbox's). */
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    orderId: uuid('order_id').references(() => orders.id),
    packageId: text('package_id').notNull(),
    status: text('status').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    externalReference: text('external_reference'),
    /** Credits a refund or charge-back could not take back (the balance was already spent): the debt. */
    unrecoveredCredits: integer('unrecovered_credits').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('payments_user_idx').on(t.userId)],
);

/**
 * The sandbox checkout's own record of payments: in local mode it plays Mercado Pago,
 * and this table is its side of the wire, looked up by payment id like the real API.
 */
export const sandboxPayments = pgTable(
  'sandbox_payments',
  {
    id: text('id').primaryKey(),
    externalReference: text('external_reference').notNull(),
    status: text('status').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sandbox_payments_reference_idx').on(t.externalReference)],
);

/**
 * The sandbox's outbox: a notification it owes our webhook, kept until the webhook answers
 * 2xx, retried with backoff (as Mercado Pago retries), surviving restarts.
 */
export const sandboxNotifications = pgTable(
  'sandbox_notifications',
  {
    paymentId: text('payment_id')
      .primaryKey()
      .references(() => sandboxPayments.id),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastStatus: integer('last_status'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('sandbox_notifications_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.deliveredAt} is null`),
  ],
);

/** Local sign-in sessions: the cookie names one, and sign-out revokes it for every instance. */
export const localSessions = pgTable(
  'local_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('local_sessions_user_idx').on(t.userId)],
);

export const interviewStatuses = ['registered', 'ongoing', 'ended'] as const;
export type InterviewStatus = (typeof interviewStatuses)[number];

export const interviews = pgTable(
  'interviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    callId: text('call_id').notNull(),
    voiceMode: text('voice_mode', { enum: vendorKinds.voice }).notNull(),
    candidateName: text('candidate_name').notNull(),
    jobTitle: text('job_title').notNull(),
    jobDescription: text('job_description').notNull(),
    resumeText: text('resume_text').notNull(),
    field: text('field', { enum: fieldIds }),
    /** Who classified the job's field (the model, or the local classifier as default or fallback) and how sure it was. */
    fieldSource: text('field_source', { enum: fieldSources }),
    fieldConfidence: real('field_confidence'),
    /** The 2–3 minute fit check's decision with its reason and who decided; null until it has run. */
    fitDecision: jsonb('fit_decision').$type<FitDecision>(),
    /** Retell's per-call latency figures (end to end, our LLM socket, its network), from the call webhook. */
    retellLatency: jsonb('retell_latency').$type<CallLatency>(),
    language: text('language', { enum: languages }).notNull(),
    /** The session the candidate chose on the form (older interviews: the defaults, 15 minutes, mixed, mid). */
    lengthMinutes: integer('length_minutes').notNull().default(defaultSessionSetup.lengthMinutes),
    kind: text('kind', { enum: sessionKinds }).notNull().default(defaultSessionSetup.kind),
    seniority: text('seniority', { enum: seniorities }).notNull().default(defaultSessionSetup.seniority),
    /** What the last report found hard, read by the server when the candidate asked to focus on it; null for an unfocused interview. */
    weakSpotFocus: jsonb('weak_spot_focus').$type<WeakSpotFocus>(),
    /** Real or coached (a hint after each answer, no time warnings, out of the progress trend); older interviews: real. */
    interviewMode: text('interview_mode', { enum: interviewModes }).notNull().default(defaultInterviewMode),
    status: text('status', { enum: interviewStatuses }).notNull().default('registered'),
    endReason: text('end_reason', { enum: endReasons }),
    createdAt: createdAt(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** The socket that attached last, on any instance: a stale instance must not end a call served elsewhere. */
    lastConnectionId: text('last_connection_id'),
    /**
     * When the server first saw words from the candidate (a socket turn, or the voice
     * provider's own transcript). Set once, never cleared: the refund rule reads this, not
     * a transcript a client could replace.
     */
    firstAnswerAt: timestamp('first_answer_at', { withTimezone: true }),
    /**
     * When the first words of a model's reply went out on the call's socket. Set once, never
     * cleared: a call the candidate never spoke in is refunded only if this is null too, so
     * a client cannot have the model talk for free and then ask for its credit back.
     */
    firstReplyAt: timestamp('first_reply_at', { withTimezone: true }),
    /** Last time an instance held a live socket for the call: the abandoned-call sweeper reads it. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }),
    /** One per form submission: a repeated create answers the same interview and debits once. */
    idempotencyKey: text('idempotency_key'),
    /** The voice provider's join token, kept so a repeated create can answer it again while it still works. */
    accessToken: text('access_token'),
    /** When that token stops working (Retell's are short-lived): past it, a new web call is opened instead. */
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    transcript: jsonb('transcript').$type<StoredTurn[]>().notNull().default([]),
    /** The voice provider's recording of the call, as it gave it (Retell's may be a signed URL that expires). */
    recordingUrl: text('recording_url'),
    /** When the provider was last asked for the recording (its webhook or `call.retrieve`): decides when to ask again. */
    recordingCheckedAt: timestamp('recording_checked_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('interviews_call_id_key').on(t.callId),
    index('interviews_user_idx').on(t.userId, t.createdAt),
    uniqueIndex('interviews_idempotency_key')
      .on(t.userId, t.idempotencyKey)
      .where(sql`${t.idempotencyKey} is not null`),
    index('interviews_ongoing_seen_idx')
      .on(t.lastSeenAt)
      .where(sql`${t.status} = 'ongoing'`),
  ],
);

export const feedbackStatuses = ['pending', 'ready', 'failed'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

export const feedback = pgTable('feedback', {
  /** One row per interview: the primary key is what stops a second generation. */
  interviewId: uuid('interview_id')
    .primaryKey()
    .references(() => interviews.id),
  status: text('status', { enum: feedbackStatuses }).notNull(),
  content: jsonb('content'),
  metrics: jsonb('metrics'),
  error: text('error'),
  attempts: integer('attempts').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A review the candidate chose to share: an unguessable token that opens a read-only copy of
 * it, off until they turn it on, and revocable (a new share gets a new token).
 */
export const reportShares = pgTable('report_shares', {
  interviewId: uuid('interview_id')
    .primaryKey()
    .references(() => interviews.id),
  token: text('token').notNull().unique(),
  createdAt: createdAt(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
});

/**
 * "Practise this question" answers: one question of a reviewed interview answered again and
 * judged alone. Free, at most `practicePolicy.answersPerInterview` per interview: the
 * attempt number is checked by the database, so a double submit can never exceed it.
 */
export const practiceAnswers = pgTable(
  'practice_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id),
    attempt: integer('attempt').notNull(),
    questionIndex: integer('question_index').notNull(),
    question: text('question').notNull(),
    answer: text('answer').notNull(),
    review: jsonb('review').$type<AnswerReview>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('practice_answers_attempt').on(t.interviewId, t.attempt),
    check('practice_answers_attempt_range', sql`${t.attempt} between 1 and ${sql.raw(String(practicePolicy.answersPerInterview))}`),
  ],
);
