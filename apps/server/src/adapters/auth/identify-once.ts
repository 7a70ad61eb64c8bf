import type { IncomingMessage } from 'node:http';
import type { AuthPort, Identity } from '@voxly/api/router';

/**
 * The same request is identified by the rate limiter and by the API: verify its token once.
 * Keyed by the request object, so nothing outlives it.
 */
export function identifyOnce(port: AuthPort): AuthPort {
  const seen = new WeakMap<IncomingMessage, Promise<Identity | null>>();
  return {
    mode: port.mode,
    identify(request) {
      let identity = seen.get(request);
      if (!identity) seen.set(request, (identity = port.identify(request)));
      return identity;
    },
  };
}
