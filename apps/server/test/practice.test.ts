import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { practicePolicy } from '@voxly/config';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backendInterview, grantCredits, longAnswer, socketUrl } from './support/interview-fixtures.ts';
import { RetellSimulator } from './support/retell-simulator.ts';
import { apiClient, signInLocally, startTestServer, trpcErrorCode, type TestServer } from './support/test-server.ts';

let users = 0;

/** A signed-in user with a reviewed interview of two answers. */
async function reviewedInterview(server: TestServer) {
  users += 1;
  const cookie = await signInLocally(server.url, `Practice User ${users}`);
  const userId = `local:practice-user-${users}`;
  await grantCredits(server.database.db, userId, 1);
  const api = apiClient(server.url, { cookie });
  const { interviewId, callId } = await api.interview.create.mutate(backendInterview);
  const sim = await RetellSimulator.connect(socketUrl(server.url, callId), { cookie });
  await sim.greeting();
  await sim.say(longAnswer);
  await sim.say('I would start from the metrics, then read the logs and compare the two releases.');
  await api.interview.end.mutate({ interviewId });
  sim.close();
  await vi.waitFor(async () => {
    if ((await api.feedback.get.query({ interviewId })).status !== 'ready') throw new Error('not ready');
  }, 3_000);
  return { api, interviewId, userId };
}

const strong =
  'At Nubank I led the move of our payments API to Kubernetes on AWS. I measured p99 before and after, cut it from 480 to 210 ms, and wrote the runbook the on-call team still uses.';

describe.each(testDatabaseTargets)('practise one question again, $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(() => server?.stop());

  it('asks a question of the report, judges the answer alone, and costs no credit', async () => {
    const { api, interviewId } = await reviewedInterview(server);
    const balance = (await api.billing.balance.query()).credits;
    const question = await api.practice.question.query({ interviewId, questionIndex: 0 });
    expect(question).toMatchObject({
      jobTitle: backendInterview.jobTitle,
      language: 'en',
      answersLeft: practicePolicy.answersPerInterview,
      earlier: [],
    });
    expect(question.question).not.toMatch(/^[“"]/);

    const weak = await api.practice.answer.mutate({ interviewId, questionIndex: 0, answer: 'I do not know, to be honest.' });
    const good = await api.practice.answer.mutate({ interviewId, questionIndex: 0, answer: strong });
    expect(good.review.score).toBeGreaterThan(weak.review.score);
    expect(good.review.strengths.some((point) => point.quote && strong.includes(point.quote))).toBe(true);
    expect(good.answersLeft).toBe(practicePolicy.answersPerInterview - 2);
    expect((await api.practice.question.query({ interviewId, questionIndex: 1 })).earlier).toEqual([
      { questionIndex: 0, score: weak.review.score },
      { questionIndex: 0, score: good.review.score },
    ]);
    expect((await api.billing.balance.query()).credits).toBe(balance);
  });

  it('allows the interview’s practice answers and no more, even when submitted all at once', async () => {
    const { api, interviewId } = await reviewedInterview(server);
    const tries = await Promise.allSettled(
      // Different answers (the same one again is the same attempt, and spends nothing).
      Array.from({ length: practicePolicy.answersPerInterview + 3 }, (_, take) =>
        api.practice.answer.mutate({ interviewId, questionIndex: 1, answer: `${strong} Take ${take + 1}.` }),
      ),
    );
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(practicePolicy.answersPerInterview);
    const refused = tries.filter((t): t is PromiseRejectedResult => t.status === 'rejected');
    expect(refused.map((t) => (t.reason as { data?: { code?: string } }).data?.code)).toEqual(Array(3).fill('PRECONDITION_FAILED'));
    const rows = await server.database.db.select().from(schema.practiceAnswers).where(eq(schema.practiceAnswers.interviewId, interviewId));
    expect(rows.map((r) => r.attempt).sort()).toEqual([1, 2, 3]);
    expect((await api.practice.question.query({ interviewId, questionIndex: 0 })).answersLeft).toBe(0);
  });

  it('refuses a question that is not there, someone else’s interview, an unreviewed one and bad text, changing nothing', async () => {
    const { api, interviewId } = await reviewedInterview(server);
    expect(await trpcErrorCode(api.practice.question.query({ interviewId, questionIndex: 14 }))).toBe('NOT_FOUND');
    expect(await trpcErrorCode(api.practice.question.query({ interviewId, questionIndex: -1 }))).toBe('BAD_REQUEST');
    expect(await trpcErrorCode(api.practice.answer.mutate({ interviewId, questionIndex: 0, answer: 'null\u0000byte' }))).toBe(
      'BAD_REQUEST',
    );
    expect(
      await trpcErrorCode(
        api.practice.answer.mutate({ interviewId, questionIndex: 0, answer: 'x'.repeat(practicePolicy.maxAnswerChars + 1) }),
      ),
    ).toBe('BAD_REQUEST');
    expect(await trpcErrorCode(api.practice.answer.mutate({ interviewId, questionIndex: 0, answer: '   ' }))).toBe('BAD_REQUEST');

    const intruder = apiClient(server.url, { cookie: await signInLocally(server.url, 'Practice Intruder') });
    expect(await trpcErrorCode(intruder.practice.answer.mutate({ interviewId, questionIndex: 0, answer: strong }))).toBe('NOT_FOUND');

    const other = await signInLocally(server.url, 'Practice Unreviewed');
    await grantCredits(server.database.db, 'local:practice-unreviewed', 1);
    const otherApi = apiClient(server.url, { cookie: other });
    const live = await otherApi.interview.create.mutate(backendInterview);
    expect(await trpcErrorCode(otherApi.practice.question.query({ interviewId: live.interviewId, questionIndex: 0 }))).toBe('NOT_FOUND');

    const rows = await server.database.db.select().from(schema.practiceAnswers).where(eq(schema.practiceAnswers.interviewId, interviewId));
    expect(rows).toEqual([]);
  });
});
