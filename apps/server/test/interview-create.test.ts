import { getBalance } from '@voxly/api/credits';
import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backendInterview, grantCredits } from './support/interview-fixtures.ts';
import { apiClient, signInLocally, startTestServer, trpcError, trpcErrorCode, type TestServer } from './support/test-server.ts';

describe.each(testDatabaseTargets)('interview.create and credits, $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('debits one credit, stores the interview with its detected field and registers a local call', async () => {
    const cookie = await signInLocally(server.url, 'Create One');
    await grantCredits(server.database.db, 'local:create-one', 2);
    const api = apiClient(server.url, { cookie });
    const created = await api.interview.create.mutate(backendInterview);
    expect(created).toMatchObject({ voice: 'browser', accessToken: null });
    expect(created.callId).toMatch(/^local_[0-9a-f-]{36}$/);
    expect(created.socketPath).toBe(`/llm-websocket/${created.callId}`);
    expect(await getBalance(server.database.db, 'local:create-one')).toBe(1);

    const interview = await api.interview.get.query({ interviewId: created.interviewId });
    expect(interview).toMatchObject({ status: 'registered', field: 'engineering', fieldName: 'Engineering', language: 'en' });
    // Local mode: the local classifier decided, from the job alone; the fit check has not run yet.
    expect(interview).toMatchObject({ fieldSource: 'local', fitDecision: null });
    expect(interview.fieldConfidence).toBeGreaterThan(0.5);
    expect((await api.interview.list.query()).map((i) => i.id)).toEqual([created.interviewId]);
  });

  it('refuses with PRECONDITION_FAILED at zero balance and stores nothing', async () => {
    const cookie = await signInLocally(server.url, 'No Credit');
    const api = apiClient(server.url, { cookie });
    const error = await trpcError(api.interview.create.mutate(backendInterview));
    expect(error.data?.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toMatch(/no credits left/);
    expect(await api.interview.list.query()).toEqual([]);
  });

  it('refuses bad input with BAD_REQUEST and debits nothing', async () => {
    const cookie = await signInLocally(server.url, 'Bad Form');
    await grantCredits(server.database.db, 'local:bad-form', 1);
    const api = apiClient(server.url, { cookie });
    const cases = [
      { ...backendInterview, resumeText: 'too short' },
      { ...backendInterview, jobDescription: 'x'.repeat(12_001) },
      { ...backendInterview, language: 'fr' as 'en' },
      { ...backendInterview, extra: true } as typeof backendInterview,
    ];
    for (const input of cases) expect(await trpcErrorCode(api.interview.create.mutate(input))).toBe('BAD_REQUEST');
    expect((await trpcError(api.interview.create.mutate(cases[0]!))).message).toContain('The resume needs at least 50 characters.');
    expect(await getBalance(server.database.db, 'local:bad-form')).toBe(1);
  });

  it('lets exactly one of ten concurrent creates spend the last credit', async () => {
    const cookie = await signInLocally(server.url, 'Race Me');
    await grantCredits(server.database.db, 'local:race-me', 1);
    const api = apiClient(server.url, { cookie });
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => api.interview.create.mutate(backendInterview)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await getBalance(server.database.db, 'local:race-me')).toBe(0);
    expect(await api.interview.list.query()).toHaveLength(1);
  });

  it('shows an interview to its owner only', async () => {
    const owner = await signInLocally(server.url, 'Owner A');
    await grantCredits(server.database.db, 'local:owner-a', 1);
    const { interviewId } = await apiClient(server.url, { cookie: owner }).interview.create.mutate(backendInterview);
    const other = apiClient(server.url, { cookie: await signInLocally(server.url, 'Other B') });
    expect(await trpcErrorCode(other.interview.get.query({ interviewId }))).toBe('NOT_FOUND');
    expect(await trpcErrorCode(other.interview.end.mutate({ interviewId }))).toBe('NOT_FOUND');
    expect(await trpcErrorCode(other.interview.get.query({ interviewId: crypto.randomUUID() }))).toBe('NOT_FOUND');
    expect(await other.interview.list.query()).toEqual([]);
  });

  it('refunds a call the candidate ended before saying anything, once', async () => {
    const cookie = await signInLocally(server.url, 'Changed Mind');
    await grantCredits(server.database.db, 'local:changed-mind', 1);
    const api = apiClient(server.url, { cookie });
    const { interviewId } = await api.interview.create.mutate(backendInterview);
    expect(await getBalance(server.database.db, 'local:changed-mind')).toBe(0);
    expect(await api.interview.end.mutate({ interviewId })).toEqual({ status: 'ended', endReason: 'candidate_ended' });
    expect(await api.interview.end.mutate({ interviewId })).toEqual({ status: 'ended', endReason: 'candidate_ended' });
    expect(await getBalance(server.database.db, 'local:changed-mind')).toBe(1);
  });
});
