/**
 * What the browser client the web app ships (retell-client-js-sdk 2.x) connects to, for the
 * Content-Security-Policy. The package hard-codes its LiveKit host; livekit-client then fetches
 * `https://<host>/settings/regions` and fails over to region hosts under `*.livekit.cloud`,
 * over both wss: and https:. `retell-browser-contract.test.ts` reads the installed package and
 * fails when its host moves.
 */
export const retellLiveKitHost = 'retell-ai-4ihahnq7.livekit.cloud';

/** connect-src entries for a Retell call: exactly LiveKit Cloud's domain, both schemes; never a bare scheme or `*`. */
export const retellConnectSources: readonly string[] = [
  `wss://${retellLiveKitHost}`,
  `https://${retellLiveKitHost}`,
  'wss://*.livekit.cloud',
  'https://*.livekit.cloud',
];
