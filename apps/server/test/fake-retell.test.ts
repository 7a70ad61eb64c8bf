import Retell from 'retell-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeRetell } from './support/fake-retell.ts';
import { createWebCallV2, createWebCallV3, getEndedWebCall, shapeOf } from './support/retell-fixtures/documented-responses.ts';

/** The fake answers each request in the shape of Retell's documented answer for it, so no test leans on a shape Retell never sends. */
describe('the fake Retell speaks Retell’s documented shapes', () => {
  let fake: FakeRetell;
  let raw: (path: string, body?: object) => Promise<{ status: number; json: unknown }>;
  beforeAll(async () => {
    fake = await new FakeRetell().start();
    raw = async (path, body) => {
      const response = await fetch(`${fake.baseURL}${path}`, {
        method: body ? 'POST' : 'GET',
        headers: { authorization: 'Bearer key_fixture', 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, json: await response.json() };
    };
  });
  afterAll(() => fake?.stop());

  const request = { agent_id: 'agent_fixture', metadata: { interview_id: 'i', user_id: 'u' } };

  it('answers POST /v2/create-web-call with the full web-call object', async () => {
    const { status, json } = await raw('/v2/create-web-call', request);
    expect(status).toBe(201);
    expect(shapeOf(json)).toEqual(shapeOf(createWebCallV2));
  });

  it('answers POST /v3/create-web-call with a gateway token and nothing of the call object', async () => {
    const { status, json } = await raw('/v3/create-web-call', request);
    expect(status).toBe(201);
    expect(shapeOf(json)).toEqual(shapeOf(createWebCallV3));
    expect(json).toMatchObject({ transport: 'gateway' });
  });

  it('answers GET /v2/get-call with the web-call object as Retell keeps it after the call', async () => {
    const { json: created } = await raw('/v2/create-web-call', request);
    const callId = (created as { call_id: string }).call_id;
    const { call_status, start_timestamp, end_timestamp, duration_ms, disconnection_reason, transcript, transcript_object } =
      getEndedWebCall;
    fake.updateCall(callId, {
      call_status,
      start_timestamp,
      end_timestamp,
      duration_ms,
      disconnection_reason,
      transcript,
      transcript_object,
    });
    const { status, json } = await raw(`/v2/get-call/${callId}`);
    expect(status).toBe(200);
    expect(shapeOf(json)).toEqual(shapeOf(getEndedWebCall));
  });

  it('is what the pinned retell-sdk asks: createWebCall goes to v3, and answers what v3 documents', async () => {
    const client = new Retell({ apiKey: 'key_fixture', baseURL: fake.baseURL, maxRetries: 0 });
    const made = await client.call.createWebCall(request);
    expect(shapeOf(made)).toEqual(shapeOf(createWebCallV3));
    expect(fake.tokenVersion(made.access_token)).toBe('v3');
  });
});
