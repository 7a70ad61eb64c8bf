import type { ServerConfig } from '@voxly/config/server';
import helmet from 'helmet';
import { clerkFrontendHost } from '../adapters/auth/clerk-frontend-host.ts';
import { retellRecordingOrigins } from '../adapters/voice/retell/retell-media.ts';

/** A connect-src entry that would admit every host of a scheme, or everything. */
const tooBroad = (source: string) => source === '*' || /^[a-z][a-z0-9+.-]*:(\/\/\*?)?$/i.test(source);

/**
 * Helmet's defaults, adjusted: HTTPS-only headers only when we are served over HTTPS
 * (local mode is plain http), Clerk's frontend admitted by the CSP when Clerk is on, and the
 * voice provider's browser client (Retell's LiveKit hosts) in connect-src when it is on.
 */
export function securityHeaders(config: ServerConfig, connectSources: readonly string[] = []) {
  const broad = connectSources.filter(tooBroad);
  if (broad.length > 0) throw new Error(`connect-src must name hosts, not ${broad.join(', ')}`);
  const https = config.webOrigin.startsWith('https:');
  const clerkHost = config.auth.kind === 'clerk' ? clerkFrontendHost(config.auth.publishableKey) : null;
  const clerk = clerkHost ? [`https://${clerkHost}`, 'https://*.clerk.accounts.dev'] : [];
  return helmet({
    strictTransportSecurity: https,
    contentSecurityPolicy: {
      directives: {
        'upgrade-insecure-requests': https ? [] : null,
        'script-src': ["'self'", ...clerk],
        'connect-src': ["'self'", ...clerk, ...connectSources],
        'frame-src': ["'self'", ...clerk],
        'img-src': ["'self'", 'data:', ...(clerk.length ? ['https://img.clerk.com'] : [])],
        'worker-src': ["'self'", 'blob:'],
        'media-src': ["'self'", 'blob:', ...(config.voice.kind === 'retell' ? retellRecordingOrigins : [])],
      },
    },
  });
}
