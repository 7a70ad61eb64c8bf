import type { Competency } from '@voxly/config';
import { interviewPlan, openingQuestion } from '@voxly/prompts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { feedback, interviews } from '../src/db/schema.ts';
import { appendLedgerEntry, getBalance } from '../src/domain/credits/ledger.ts';
import { ruleBasedFeedback } from '../src/domain/feedback/rule-based-feedback.ts';
import { speechMetrics } from '../src/domain/feedback/speech-metrics.ts';
import type { StoredTurn } from '../src/domain/interview/transcript.ts';
import type { Identity } from '../src/trpc/context.ts';
import { engineeringAnswers } from './support/feedback-transcripts.ts';
import { recordingVoice, routerCaller } from './support/router-caller.ts';
import { testDatabaseTargets } from './support/test-databases.ts';

const job = {
  candidateName: 'Ana Souza',
  jobTitle: 'Backend Engineer',
  jobDescription: 'Build APIs in Go and PostgreSQL for payments; design for scale, test and monitor what you ship.',
  resumeText: 'Backend engineer: Go services and PostgreSQL at a payments company; load testing, on-call, monitoring.',
  language: 'en' as const,
};

/** A finished first interview: every planned question answered well except the hardest-bug one. */
function reviewedTranscript(): StoredTurn[] {
  const plan = interviewPlan({ ...job, field: 'engineering' });
  const strong = engineeringAnswers.en.strong;
  // Each question gets the hand-written answer written for its kind; the hardest bug gets four words.
  const byCompetency: Record<Competency, string> = {
    technical_depth: strong[0]!,
    behavioural: strong[1]!,
    problem_solving: 'It was a bug.',
    communication: strong[3]!,
    role_fit: strong[5]!,
  };
  const turns: StoredTurn[] = [
    { role: 'agent', content: openingQuestion('en').text },
    { role: 'user', content: strong[0]! },
  ];
  plan.forEach((planned) => {
    turns.push({ role: 'agent', content: planned.line });
    turns.push({ role: 'user', content: byCompetency[planned.question.competency] });
  });
  return turns;
}

/** "Focus on what I found hard last time": the server reads the candidate's own last report; the client only asks. */
describe.each(testDatabaseTargets)('interview.create focused on weak spots, on $name', (target) => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const { voice, registered } = recordingVoice();
  const ana: Identity = { userId: 'local:focus-ana', name: 'Ana' };
  const bruno: Identity = { userId: 'local:focus-bruno', name: 'Bruno' };

  const refusesWithoutCharge = async (who: Identity, input: Record<string, unknown>) => {
    const before = { balance: await getBalance(handle.db, who.userId), calls: registered.length };
    await expect(caller(who).interview.create({ ...job, ...input })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await getBalance(handle.db, who.userId)).toBe(before.balance);
    expect(registered.length).toBe(before.calls);
  };

  /** Ends an interview with a review, as the feedback service leaves it. */
  const finish = async (interviewId: string, status: 'ready' | 'failed' = 'ready') => {
    const transcript = reviewedTranscript();
    await handle.db.update(interviews).set({ status: 'ended', endReason: 'completed', transcript }).where(eq(interviews.id, interviewId));
    const metrics = speechMetrics(transcript, 'en', 'completed');
    const content = ruleBasedFeedback({ field: 'engineering', language: 'en', transcript, metrics, endReason: 'completed', job });
    await handle.db
      .insert(feedback)
      .values({ interviewId, status, content: status === 'ready' ? { ...content, source: 'rules', language: 'en' } : null, metrics });
    return content;
  };

  beforeAll(async () => {
    handle = await target.open();
    caller = routerCaller(handle, {
      voice,
      classifyField: () => Promise.resolve({ field: 'engineering', confidence: 0.9, source: 'local' }),
      sessions: { get: () => undefined },
    });
    for (const who of [ana, bruno]) {
      await caller(who).account.me();
      await appendLedgerEntry(handle.db, { userId: who.userId, delta: 10, reason: 'grant' });
    }
  });
  afterAll(() => handle?.close());

  it('answers BAD_REQUEST to a focus asked before any finished report, charging nothing and registering no call', async () => {
    expect(await caller(ana).interview.weakSpots()).toBeNull();
    await refusesWithoutCharge(ana, { focusOnWeakSpots: true });
    // A report that failed is not a finished one.
    const first = await caller(ana).interview.create(job);
    await finish(first.interviewId, 'failed');
    expect(await caller(ana).interview.weakSpots()).toBeNull();
    await refusesWithoutCharge(ana, { focusOnWeakSpots: true });
  });

  it('stores the last report’s lowest-rated competencies and worst questions with the new interview', async () => {
    const first = await caller(ana).interview.create(job);
    const report = await finish(first.interviewId);
    const rated = report.ratings.filter((r) => r.rating !== null);
    const lowest = Math.min(...rated.map((r) => r.rating!));
    const balance = await getBalance(handle.db, ana.userId);

    const focused = await caller(ana).interview.create({ ...job, focusOnWeakSpots: true });
    expect(await getBalance(handle.db, ana.userId)).toBe(balance - 1);
    const { weakSpotFocus } = await caller(ana).interview.get({ interviewId: focused.interviewId });
    expect(weakSpotFocus).toEqual(await caller(ana).interview.weakSpots());
    expect(weakSpotFocus?.fromInterviewId).toBe(first.interviewId);
    // The hardest bug answered in four words: problem solving is what was rated lowest, and that question scored worst.
    expect(weakSpotFocus?.competencies[0]).toEqual({ competency: 'problem_solving', rating: lowest });
    expect(weakSpotFocus?.competencies.map((c) => c.rating)).toEqual([...weakSpotFocus!.competencies.map((c) => c.rating)].sort());
    expect(weakSpotFocus?.questions[0]).toMatchObject({
      competency: 'problem_solving',
      rating: Math.min(...report.questions.map((q) => q.rating ?? 5)),
    });
    expect(weakSpotFocus?.questions[0]?.question).toMatch(/hardest bug/i);
  });

  it('shows a shared focused report the competencies and last ratings, never the past questions or interview', async () => {
    const first = await caller(ana).interview.create(job);
    await finish(first.interviewId);
    const focused = await caller(ana).interview.create({ ...job, focusOnWeakSpots: true });
    await finish(focused.interviewId);
    const { weakSpotFocus } = await caller(ana).interview.get({ interviewId: focused.interviewId });
    const { token } = await caller(ana).feedback.share({ interviewId: focused.interviewId });
    const shared = await caller(null).feedback.shared({ token });
    expect(shared.weakSpotFocus).toEqual({ competencies: weakSpotFocus!.competencies });
    expect(JSON.stringify(shared)).not.toContain(first.interviewId);
    // An unfocused report shared: nothing of the kind.
    const { token: plainToken } = await caller(ana).feedback.share({ interviewId: first.interviewId });
    expect((await caller(null).feedback.shared({ token: plainToken })).weakSpotFocus).toBeNull();
  });

  it('keeps an unfocused interview unfocused, and never takes another candidate’s report', async () => {
    const plain = await caller(ana).interview.create(job);
    expect((await caller(ana).interview.get({ interviewId: plain.interviewId })).weakSpotFocus).toBeNull();
    // Ana has reports; Bruno has none of his own.
    expect(await caller(bruno).interview.weakSpots()).toBeNull();
    await refusesWithoutCharge(bruno, { focusOnWeakSpots: true });
  });

  it.each([
    { focusOnWeakSpots: 'yes' },
    { focusOnWeakSpots: null },
    { weakSpotFocus: { fromInterviewId: 'x', competencies: [], questions: [] } },
  ])('answers BAD_REQUEST to %o: the client asks for a focus, it never says what it is', async (bad) => {
    await refusesWithoutCharge(ana, bad);
  });
});
