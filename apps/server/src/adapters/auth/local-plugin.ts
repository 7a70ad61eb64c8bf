import { noBalanceMirror } from '@voxly/api/credits';
import { noUserDirectory } from '@voxly/api/router';
import type { AuthConfig } from '@voxly/config/server';
import { loadSessionSecret } from '../local-secret.ts';
import type { VendorFactory } from '../vendor-plugin.ts';
import type { AuthPorts } from './auth-ports.ts';
import { createLocalAuth } from './local-auth.ts';
import { localSessionCookie } from './local-session.ts';

/** Local mode's sign-in by name: signed session cookies, its routes under /auth. */
export const localAuthPlugin: VendorFactory<Extract<AuthConfig, { kind: 'local' }>, AuthPorts> = (config, { config: server, db }) => {
  const local = createLocalAuth({
    secret: loadSessionSecret(config.sessionSecret, server.dataDir),
    secureCookies: server.webOrigin.startsWith('https:'),
    db,
  });
  return {
    port: {
      auth: local.port,
      sessionCookie: localSessionCookie,
      balanceMirror: noBalanceMirror,
      directory: noUserDirectory,
      publicSettings: {},
    },
    routes: [local.routes],
    jobs: [],
  };
};
