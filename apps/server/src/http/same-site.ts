import type { IncomingMessage } from 'node:http';

/**
 * Did this request come from our own pages? Browsers send `Origin` on every form post and
 * WebSocket upgrade (and `Sec-Fetch-Site` on modern ones): another site's form or script
 * shows up as a foreign origin, or as `null` with `Sec-Fetch-Site: cross-site`. A request with neither is not from a browser page (a
 * server-side client carries no victim's cookies), so it is let through.
 */
export function isSameSite(request: IncomingMessage, webOrigin: string): boolean {
  const origin = request.headers.origin;
  // `Origin: null` is what a page with `Referrer-Policy: no-referrer` (ours) sends on its own
  // form posts: then Sec-Fetch-Site tells same-origin from cross-site.
  if (origin !== undefined && origin !== 'null') return origin === webOrigin || origin === selfOrigin(request);
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'same-site' || site === 'none';
}

/** The origin this request was addressed to (the API's own pages, e.g. served on one port). */
function selfOrigin(request: IncomingMessage): string | undefined {
  const host = request.headers.host;
  if (!host) return undefined;
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  const forwarded = request.headers['x-forwarded-proto'];
  const proto = typeof forwarded === 'string' ? forwarded.split(',')[0]?.trim() : encrypted ? 'https' : 'http';
  return `${proto}://${host}`;
}
