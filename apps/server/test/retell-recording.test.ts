import { schema } from '@voxly/api/db';
import { testDatabaseTargets } from '@voxly/api/testing';
import { eq } from 'drizzle-orm';
import { sign } from 'retell-sdk';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FakeRetell } from './support/fake-retell.ts';
import { backendInterview, grantCredits, longAnswer } from './support/interview-fixtures.ts';
import { apiClient, signInLocally, startTestServer, type TestServer } from './support/test-server.ts';

const apiKey = 'key_test_retell_recording';
const hour = 60 * 60_000;
/** Retell's recording URLs as its signed ones look (a query string that expires). */
const recording = (n: number) => `https://dxc03zgurdly9.cloudfront.net/call_${n}/recording.wav?Expires=1765000000&Signature=sig${n}`;

describe.each(testDatabaseTargets)('the call’s recording (real retell-sdk, fake Retell REST), $name', (target) => {
  let server: TestServer;
  let retell: FakeRetell;
  let users = 0;

  beforeAll(async () => {
    retell = await new FakeRetell().start();
    server = await startTestServer(target, {
      RETELL_API_KEY: apiKey,
      RETELL_AGENT_ID: 'agent_voxly',
      RETELL_BASE_URL: retell.baseURL,
      RETELL_LLM_WEBSOCKET_SECRET: 'retell-recording-secret-0123456789',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await retell?.stop();
  });

  async function postWebhook(body: object) {
    const raw = JSON.stringify(body);
    return fetch(`${server.url}/webhook/retell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-retell-signature': await sign(raw, apiKey) },
      body: raw,
    });
  }

  const answerWords = longAnswer.split(' ').map((word, i) => ({ word, start: 4 + i * 0.5, end: 4.4 + i * 0.5 }));

  /** A Retell interview the candidate answered, ended by Retell's signed call_ended (with what `call` adds). */
  async function endedRetellInterview(call: Record<string, unknown>) {
    users += 1;
    const who = `Recording User ${users}`;
    const cookie = await signInLocally(server.url, who);
    await grantCredits(server.database.db, `local:recording-user-${users}`, 1);
    const api = apiClient(server.url, { cookie });
    const { callId, interviewId } = await api.interview.create.mutate(backendInterview);
    const response = await postWebhook({
      event: 'call_ended',
      call: {
        call_id: callId,
        disconnection_reason: 'user_hangup',
        transcript_object: [
          {
            role: 'agent',
            content: 'Hi Camila, thanks for joining. Tell me about a system you built.',
            words: [{ word: 'Hi', start: 0.2, end: 0.5 }],
          },
          { role: 'user', content: longAnswer, words: answerWords },
        ],
        ...call,
      },
    });
    expect(response.status).toBe(204);
    return { api, callId, interviewId };
  }

  const storedRow = async (interviewId: string) =>
    (await server.database.db.select().from(schema.interviews).where(eq(schema.interviews.id, interviewId)))[0]!;

  const lastAnswerEnd = answerWords.at(-1)!.end;

  it('keeps recording_url from the webhook and carries it, with each answer’s place, to the owner’s interview and report', async () => {
    const { api, interviewId } = await endedRetellInterview({ recording_url: recording(1) });
    const row = await storedRow(interviewId);
    expect(row.recordingUrl).toBe(recording(1));
    expect(row.recordingCheckedAt).toBeInstanceOf(Date);

    const retrievedBefore = retell.retrieved.length;
    const detail = await api.interview.get.query({ interviewId });
    expect(detail.recording).toEqual({ url: recording(1), answers: [{ question: 0, start: 4, end: lastAnswerEnd }] });
    const review = await vi.waitFor(async () => {
      const view = await api.feedback.get.query({ interviewId });
      if (view.status !== 'ready') throw new Error(view.status);
      return view;
    }, 3_000);
    expect(review.recording).toEqual({ url: recording(1), answers: [{ question: 0, start: 4, end: lastAnswerEnd }] });
    // Fresh from the webhook: Retell is not asked again.
    expect(retell.retrieved.length).toBe(retrievedBefore);
  });

  it('never puts the recording in a shared report (the raw HTTP answer of the public procedure)', async () => {
    const { api, interviewId } = await endedRetellInterview({ recording_url: recording(2) });
    await vi.waitFor(async () => {
      if ((await api.feedback.get.query({ interviewId })).status !== 'ready') throw new Error('pending');
    }, 3_000);
    const { token } = await api.feedback.share.mutate({ interviewId });
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ token })));
    const response = await fetch(`${server.url}/trpc/feedback.shared?input=${input}`);
    expect(response.status).toBe(200);
    const raw = await response.text();
    expect(raw).toContain(backendInterview.jobTitle); // it is the report
    expect(raw).not.toContain('cloudfront');
    expect(raw).not.toContain('Signature=');
    expect(raw.toLowerCase()).not.toContain('recording');
  });

  it('reads a missing recording again through call.retrieve, and stores what Retell gives', async () => {
    const { api, callId, interviewId } = await endedRetellInterview({});
    expect((await storedRow(interviewId)).recordingUrl).toBeNull();
    retell.updateCall(callId, { call_status: 'ended', recording_url: recording(3) });
    const detail = await api.interview.get.query({ interviewId });
    expect(retell.retrieved.at(-1)).toBe(callId);
    expect(detail.recording?.url).toBe(recording(3));
    expect((await storedRow(interviewId)).recordingUrl).toBe(recording(3));
  });

  it('reads a stale recording URL again (12 hours after it was given), not a fresh one', async () => {
    const { api, callId, interviewId } = await endedRetellInterview({ recording_url: recording(4) });
    retell.updateCall(callId, { call_status: 'ended', recording_url: recording(5) });
    const at = async (checkedAt: Date) => {
      await server.database.db
        .update(schema.interviews)
        .set({ recordingCheckedAt: checkedAt })
        .where(eq(schema.interviews.id, interviewId));
      return (await api.interview.get.query({ interviewId })).recording?.url;
    };
    const before = retell.retrieved.length;
    expect(await at(new Date(Date.now() - 11 * hour))).toBe(recording(4));
    expect(retell.retrieved.length).toBe(before);
    expect(await at(new Date(Date.now() - 13 * hour))).toBe(recording(5));
    expect(retell.retrieved.slice(before)).toEqual([callId]);
    const row = await storedRow(interviewId);
    expect(row.recordingUrl).toBe(recording(5));
    expect(Date.now() - row.recordingCheckedAt!.getTime()).toBeLessThan(60_000);
  });

  it('answers the URL held, and logs why, when Retell cannot be asked for a stale one', async () => {
    const { api, interviewId } = await endedRetellInterview({ recording_url: recording(6) });
    await server.database.db
      .update(schema.interviews)
      .set({ recordingCheckedAt: new Date(Date.now() - 13 * hour) })
      .where(eq(schema.interviews.id, interviewId));
    retell.failRetrieves = 2; // the SDK retries once
    expect((await api.interview.get.query({ interviewId })).recording?.url).toBe(recording(6));
    expect(server.logs.join('')).toContain('could not read the call’s recording from the voice provider');
    // Not marked as asked: the next view tries again.
    expect(Date.now() - (await storedRow(interviewId)).recordingCheckedAt!.getTime()).toBeGreaterThan(12 * hour);
  });

  it('lets the web app play Retell’s recordings (media-src admits its CDN, and only for media)', async () => {
    const csp = (await fetch(`${server.url}/health`)).headers.get('content-security-policy') ?? '';
    const directive = (name: string) =>
      csp
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith(`${name} `)) ?? '';
    expect(directive('media-src').split(' ')).toEqual(['media-src', "'self'", 'blob:', new URL(recording(1)).origin]);
    for (const name of ['script-src', 'connect-src', 'default-src']) expect(directive(name)).not.toContain('cloudfront');
  });

  it('drops a recording_url that is not an http(s) URL, and still stores the event', async () => {
    const { api, callId, interviewId } = await endedRetellInterview({ recording_url: 'javascript:alert(1)' });
    const row = await storedRow(interviewId);
    expect(row.status).toBe('ended');
    expect(row.recordingUrl).toBeNull();
    // Retell has none either: the view says so, and keeps asking only once a minute.
    expect((await api.interview.get.query({ interviewId })).recording).toBeNull();
    const asked = retell.retrieved.filter((id) => id === callId).length;
    expect((await api.interview.get.query({ interviewId })).recording).toBeNull();
    expect(retell.retrieved.filter((id) => id === callId).length).toBe(asked);
  });
});
