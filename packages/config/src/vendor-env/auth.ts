import { configureHint, setting, type VendorEnvs } from './vendor-env.ts';

export type AuthConfig =
  | { kind: 'clerk'; secretKey: string; publishableKey: string; jwtKey?: string; apiUrl?: string; authorizedParties: string[] }
  | { kind: 'local'; sessionSecret?: string };

/** Sign-in providers: Clerk, else local sign-in by name (local mode). */
export const authVendors: VendorEnvs<AuthConfig> = [
  {
    kind: 'clerk',
    name: 'Clerk',
    keys: ['CLERK_SECRET_KEY', 'CLERK_PUBLISHABLE_KEY'],
    config: (env) => ({
      kind: 'clerk',
      secretKey: setting(env, 'CLERK_SECRET_KEY'),
      publishableKey: setting(env, 'CLERK_PUBLISHABLE_KEY'),
      ...(env.CLERK_JWT_KEY ? { jwtKey: env.CLERK_JWT_KEY.replace(/\\n/g, '\n') } : {}),
      ...(env.CLERK_API_URL ? { apiUrl: env.CLERK_API_URL.replace(/\/$/, '') } : {}),
      authorizedParties: [new URL(env.WEB_ORIGIN).origin],
    }),
  },
  {
    kind: 'local',
    name: 'local sign-in',
    keys: [],
    config: (env) => ({ kind: 'local', ...(env.VOXLY_SESSION_SECRET ? { sessionSecret: env.VOXLY_SESSION_SECRET } : {}) }),
    refusedInProduction: (env, others) =>
      env.VOXLY_ALLOW_LOCAL_AUTH === 'true'
        ? undefined
        : 'Local sign-in is refused in production: anyone could sign in as anyone. Configure ' +
          `${configureHint(others)} or set VOXLY_ALLOW_LOCAL_AUTH=true for a private demo.`,
  },
];
