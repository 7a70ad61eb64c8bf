import { jwtVerify, SignJWT } from 'jose';

export const localSessionCookie = 'voxly_session';
export const localSessionMaxAgeSeconds = 30 * 24 * 60 * 60;
const issuer = 'voxly-local';

export interface LocalSession {
  userId: string;
  name: string;
}

/** A local session is a short HS256 JWT: signed, expiring, and readable without a store. */
export function createLocalSessionCodec(secret: string) {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(session: LocalSession, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
      return new SignJWT({ name: session.name })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(session.userId)
        .setIssuer(issuer)
        .setIssuedAt(nowSeconds)
        .setExpirationTime(nowSeconds + localSessionMaxAgeSeconds)
        .sign(key);
    },
    /** The session, or null for anything forged, expired, malformed or foreign. */
    async verify(token: string): Promise<LocalSession | null> {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, algorithms: ['HS256'] });
        if (typeof payload.sub !== 'string' || typeof payload.name !== 'string') return null;
        return { userId: payload.sub, name: payload.name };
      } catch {
        return null;
      }
    },
  };
}

export type LocalSessionCodec = ReturnType<typeof createLocalSessionCodec>;
