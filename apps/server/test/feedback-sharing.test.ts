import { testDatabaseTargets } from '@voxly/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedInterview } from './support/finished-interview.ts';
import { backendInterview } from './support/interview-fixtures.ts';
import { apiClient, signInLocally, startTestServer, trpcError, type TestServer } from './support/test-server.ts';

let users = 0;
const nextUser = () => `Sharing User ${++users}`;

describe.each(testDatabaseTargets)('sharing a review, $name', (target) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(target);
  });
  afterAll(() => server?.stop());

  const anonymous = () => apiClient(server.url);

  it('is off by default, opens a read-only copy without account data when on, and stops at once when off', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const review = await api.feedback.get.query({ interviewId });
    expect(review.status).toBe('ready');
    expect(await api.feedback.sharing.query({ interviewId })).toEqual({ token: null });

    const { token } = await api.feedback.share.mutate({ interviewId });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await api.feedback.share.mutate({ interviewId })).token).toBe(token); // the same link while on
    const shared = await anonymous().feedback.shared.query({ token });
    expect(shared.jobTitle).toBe(backendInterview.jobTitle);
    if (review.status === 'ready') expect(shared.feedback.overallScore).toBe(review.feedback.overallScore);
    expect(shared.judged).toBe(false); // one answer: too few for a verdict, on the shared copy too
    // The review and what it is about: no user id, name, email, balance or call id; not even the name the greeting said.
    const text = JSON.stringify(shared);
    for (const secret of [
      'local:sharing-user',
      'userId',
      'candidateName',
      'callId',
      'credits',
      'email',
      backendInterview.candidateName.split(' ')[0]!,
    ])
      expect(text).not.toContain(secret);
    expect(shared.transcript[0]?.content).toMatch(/^Hi …,/);

    await api.feedback.unshare.mutate({ interviewId });
    expect(await trpcError(anonymous().feedback.shared.query({ token })).then((e) => e.data?.code)).toBe('NOT_FOUND');
    // Sharing again makes a new link; the old one stays dead.
    const again = await api.feedback.share.mutate({ interviewId });
    expect(again.token).not.toBe(token);
    expect((await anonymous().feedback.shared.query({ token: again.token })).jobTitle).toBe(backendInterview.jobTitle);
    expect(await trpcError(anonymous().feedback.shared.query({ token })).then((e) => e.data?.code)).toBe('NOT_FOUND');
  });

  it('cannot be turned on or off by anyone but the owner, nor before there is a review', async () => {
    const { api, interviewId } = await finishedInterview(server, nextUser());
    const intruder = apiClient(server.url, { cookie: await signInLocally(server.url, 'Share Intruder') });
    // One at a time: a call started before its turn could reject with nobody awaiting it yet.
    for (const call of [() => intruder.feedback.share.mutate({ interviewId }), () => intruder.feedback.sharing.query({ interviewId })]) {
      expect((await trpcError(call())).data?.code).toBe('NOT_FOUND');
    }
    // No review yet (it has not been asked for): nothing to share.
    expect((await trpcError(api.feedback.share.mutate({ interviewId }))).data?.code).toBe('NOT_FOUND');
    for (const token of ['short', 'x'.repeat(43).replace(/x$/, '!'), `${'A'.repeat(42)}\u0000`]) {
      expect((await trpcError(anonymous().feedback.shared.query({ token }))).data?.code).toBe('BAD_REQUEST');
    }
    expect((await trpcError(anonymous().feedback.shared.query({ token: 'A'.repeat(43) }))).data?.code).toBe('NOT_FOUND');
  });

  it('answers any malformed lookup, as a browser sends it, with a plain 400: no 500, no stack, no SQL', async () => {
    const lookup = (input: string) => fetch(`${server.url}/trpc/feedback.shared?input=${encodeURIComponent(input)}`);
    const asInput = (json: unknown) => JSON.stringify({ json });
    const malformed = [
      asInput({ token: 'a.b' }), // what a /shared/a.b link would ask, were it asked
      asInput({ token: 'xyz' }),
      asInput({ token: `${'A'.repeat(42)}.` }),
      asInput({ token: 'A'.repeat(10_000) }),
      asInput({ token: "' or 1=1 --" }),
      asInput({ token: 43 }),
      asInput({ token: null }),
      asInput({}),
      asInput({ token: 'A'.repeat(43), extra: 1 }),
      '{not json',
    ];
    for (const input of malformed) {
      const response = await lookup(input);
      const text = await response.text();
      expect({ input: input.slice(0, 60), status: response.status }).toEqual({ input: input.slice(0, 60), status: 400 });
      expect(JSON.parse(text).error.json.data.code, input.slice(0, 60)).toBe('BAD_REQUEST');
      expect(text, input.slice(0, 60)).not.toMatch(/\bat .+:\d+:\d+|stack|select |from "|node_modules|\/src\//i);
    }
    // No input at all is malformed too.
    expect((await fetch(`${server.url}/trpc/feedback.shared`)).status).toBe(400);
  });
});
