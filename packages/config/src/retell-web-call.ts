/**
 * Retell's two create-web-call versions, and which browser client joins which
 * (docs.retellai.com, "Create Web Call v2 is deprecated", 2026-09-30):
 * - `v2` (`POST /v2/create-web-call`) answers the full web-call object; its `access_token`
 *   is joined by `RetellWebClient.startCall` of retell-client-js-sdk 2.x, and by 3.x, which
 *   keeps `RetellWebClient` for v2 tokens.
 * - `v3` (`POST /v3/create-web-call`, what retell-sdk ≥ 5.65's `call.createWebCall` sends)
 *   answers a gateway token (`transport: "gateway"`) that only the 3.x client joins.
 */
export const retellWebCallVersions = ['v2', 'v3'] as const;
export type RetellWebCallVersion = (typeof retellWebCallVersions)[number];

/** The web-call versions a given major version of retell-client-js-sdk can join. */
export function webCallVersionsJoinableBy(browserClientMajor: number): RetellWebCallVersion[] {
  if (browserClientMajor === 2) return ['v2'];
  if (browserClientMajor === 3) return ['v2', 'v3'];
  return [];
}
