import { practicePolicy } from '@voxly/config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../src/db/database.ts';
import { openPglite } from '../src/db/open-pglite.ts';
import { feedback, interviews } from '../src/db/schema.ts';
import { ensureUser } from '../src/domain/users/ensure-user.ts';
import type { Identity } from '../src/trpc/context.ts';
import { routerCaller } from './support/router-caller.ts';

/** The practice router through tRPC's own caller, on an embedded database: no HTTP, no server. */
describe('the practice router, called directly', () => {
  let handle: DatabaseHandle;
  let caller: ReturnType<typeof routerCaller>;
  const owner: Identity = { userId: 'local:caller-owner', name: 'Caller Owner' };
  let interviewId = '';

  beforeAll(async () => {
    handle = await openPglite();
    caller = routerCaller(handle);
    await ensureUser(handle.db, { id: owner.userId, name: owner.name });
    const [row] = await handle.db
      .insert(interviews)
      .values({
        userId: owner.userId,
        callId: 'call-practice-router',
        voiceMode: 'browser',
        candidateName: 'Caller Owner',
        jobTitle: 'Data Engineer',
        jobDescription: 'Build Kafka and dbt pipelines on AWS; LGPD-compliant handling of personal data.',
        resumeText: 'Data engineer at Nubank: Kafka pipelines, dbt models, Airflow.',
        language: 'en',
        status: 'ended',
      })
      .returning({ id: interviews.id });
    interviewId = row!.id;
    await handle.db.insert(feedback).values({
      interviewId,
      status: 'ready',
      content: { questions: [{ question: '“How have you kept a Kafka pipeline reliable?”', good: 'x', stronger: 'y' }] },
    });
  });
  afterAll(() => handle?.close());

  it('refuses a caller who is not signed in', async () => {
    await expect(caller(null).practice.question({ interviewId, questionIndex: 0 })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('asks the report’s question plainly and judges an answer against the job', async () => {
    const question = await caller(owner).practice.question({ interviewId, questionIndex: 0 });
    expect(question).toEqual({
      question: 'How have you kept a Kafka pipeline reliable?',
      jobTitle: 'Data Engineer',
      language: 'en',
      answersLeft: practicePolicy.answersPerInterview,
      earlier: [],
    });
    const { review, answersLeft } = await caller(owner).practice.answer({
      interviewId,
      questionIndex: 0,
      answer: 'I added dead-letter topics and consumer lag alerts to our Kafka pipeline; incidents fell from weekly to one a quarter.',
    });
    // An answer on the question, with an own action and a measured result.
    expect(review.kind).toBe('answer');
    expect(review.relevance).toBeGreaterThan(0.3);
    expect(review.structure).toMatchObject({ action: true, result: true });
    expect(review.score).toBeGreaterThanOrEqual(3);
    expect(answersLeft).toBe(practicePolicy.answersPerInterview - 1);
  });

  it('spends one practice answer on a double submit of the same answer, and one more on a new answer', async () => {
    const before = (await caller(owner).practice.question({ interviewId, questionIndex: 0 })).answersLeft;
    const answer = 'I load-tested the consumers and added idempotent writes, so a replayed batch never doubled a row.';
    // An impatient double click: both requests at once, the same text.
    const [first, second] = await Promise.all([
      caller(owner).practice.answer({ interviewId, questionIndex: 0, answer }),
      caller(owner).practice.answer({ interviewId, questionIndex: 0, answer }),
    ]);
    expect(first.answersLeft).toBe(before - 1);
    expect(second).toEqual(first);
    const after = await caller(owner).practice.question({ interviewId, questionIndex: 0 });
    expect(after.answersLeft).toBe(before - 1);
    // A different answer is a new attempt.
    const next = await caller(owner).practice.answer({ interviewId, questionIndex: 0, answer: `${answer} Lag stayed under a minute.` });
    expect(next.answersLeft).toBe(before - 2);
  });

  it('answers NOT_FOUND for another user and for a question the report does not have', async () => {
    const intruder: Identity = { userId: 'local:caller-intruder' };
    await expect(caller(intruder).practice.question({ interviewId, questionIndex: 0 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(caller(owner).practice.question({ interviewId, questionIndex: 1 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
