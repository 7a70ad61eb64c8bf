import type { CreateWebCallResponse, WebCallResponse } from 'retell-sdk/resources/call';

/**
 * Retell's documented answers, one per response the fake gives, in the shapes of Retell's API
 * reference (the same OpenAPI the pinned retell-sdk's types are generated from: `satisfies`
 * checks each against them). `fake-retell.test.ts` checks the fake's answers against these.
 */

/** `POST /v2/create-web-call` → 201: the full web-call object; retell-client-js-sdk 2.x joins its `access_token`. */
export const createWebCallV2 = {
  call_type: 'web_call',
  access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJ2aWRlbyI6eyJyb29tSm9pbiI6dHJ1ZX19.documented',
  call_id: 'Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6',
  agent_id: 'oBeDLoLOeuAbiuaMFXRtDOLriTJ5tSxD',
  agent_version: 1,
  call_status: 'registered',
  metadata: { interview_id: '00000000-0000-4000-8000-000000000000', user_id: 'user_documented' },
} satisfies WebCallResponse;

/** `POST /v3/create-web-call` → 201: a gateway token for the 3.x client's RetellClient, nothing else. */
export const createWebCallV3 = {
  access_token: 'gw_documented_gateway_token',
  call_id: 'Jabr9TXYYJHfvl6Syypi88rdAHYHmcq6',
  expires_at: 1_764_900_000_000,
  ice_servers: [{ urls: ['turn:turn.retellai.example:3478'], username: 'u', credential: 'c' }],
  transport: 'gateway',
} satisfies CreateWebCallResponse;

/** `GET /v2/get-call/{call_id}` → 200 for an ended web call (the v2 object; no token use after the start). */
export const getEndedWebCall = {
  ...createWebCallV2,
  call_status: 'ended',
  start_timestamp: 1_764_900_000_000,
  end_timestamp: 1_764_900_300_000,
  duration_ms: 300_000,
  disconnection_reason: 'user_hangup',
  transcript: 'Agent: Hi.\nUser: Hello.',
  transcript_object: [
    { role: 'agent', content: 'Hi.', words: [{ word: 'Hi.', start: 0.1, end: 0.4 }] },
    { role: 'user', content: 'Hello.', words: [{ word: 'Hello.', start: 1.2, end: 1.6 }] },
  ],
} satisfies WebCallResponse;

/**
 * The shape of a JSON value: its type, and for objects the shape of each key (sorted), for
 * arrays the shape of their first item. Two answers with equal shapes have the same fields of
 * the same kinds, whatever their values.
 */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return [value.length > 0 ? shapeOf(value[0]) : 'empty'];
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
    );
  }
  return typeof value;
}
