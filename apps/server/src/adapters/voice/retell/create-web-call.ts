import type { CallRegistration } from '@voxly/api/interview';
import type { RetellWebCallVersion } from '@voxly/config/server';
import type Retell from 'retell-sdk';
import type { CallCreateWebCallParams, CreateWebCallResponse, WebCallResponse } from 'retell-sdk/resources/call';

/**
 * How long a v2 web call's access token lets the browser join: Retell's web-call guide says
 * to start the call with it right away (it expires within about 30 s); v2 answers no expiry
 * of its own, so we count from the moment we asked.
 */
const v2AccessTokenLifetimeMs = 30_000;

/** A token the browser client we ship cannot join reached us: refuse it rather than hand it over. */
class UnjoinableWebCallError extends Error {
  constructor(detail: string) {
    super(`Retell answered a web call the browser client cannot join: ${detail}`);
    this.name = 'UnjoinableWebCallError';
  }
}

/**
 * Creates a web call of the configured version (ADR 0019). retell-sdk 5.66.1's
 * `call.createWebCall` only speaks v3 (a gateway token for retell-client-js-sdk 3.x); v2,
 * which the 2.x client we ship joins, goes through the SDK's generic request method.
 */
export async function createWebCallOfVersion(
  client: Retell,
  version: RetellWebCallVersion,
  body: CallCreateWebCallParams,
  now: () => number = Date.now,
): Promise<CallRegistration> {
  const askedAt = now();
  if (version === 'v3') {
    const call: CreateWebCallResponse = await client.call.createWebCall(body);
    return { callId: call.call_id, accessToken: call.access_token, accessTokenExpiresAt: new Date(call.expires_at) };
  }
  const call = await client.post<WebCallResponse | CreateWebCallResponse>('/v2/create-web-call', { body });
  // A gateway answer (or anything but the web-call object) would be a token the 2.x client cannot use.
  if (!('call_type' in call) || call.call_type !== 'web_call' || 'transport' in call || typeof call.access_token !== 'string') {
    throw new UnjoinableWebCallError('POST /v2/create-web-call did not answer a v2 web-call object');
  }
  return { callId: call.call_id, accessToken: call.access_token, accessTokenExpiresAt: new Date(askedAt + v2AccessTokenLifetimeMs) };
}
