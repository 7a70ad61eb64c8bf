import { jwtVerify, SignJWT } from 'jose';

export const localSessionCookie = 'voxly_session';
/** A session cookie lives 12 hours and is renewed while it is used (sliding): see `renewAfterSeconds`. */
export const localSessionMaxAgeSeconds = 12 * 60 * 60;
/** A token older than this is replaced on the next request, so an active user stays signed in. */
export const renewAfterSeconds = localSessionMaxAgeSeconds / 2;
const issuer = 'voxly-local';

export interface LocalSession {
  userId: string;
  name: string;
  /** The `local_sessions` row this token belongs to: sign-out revokes it on the server. */
  sessionId: string;
}

export interface VerifiedLocalSession extends LocalSession {
  issuedAt: number;
}

/**
 * A local session token is a short HS256 JWT naming a server-side session row: signed and
 * expiring, and revocable, because every request also checks that row.
 */
export function createLocalSessionCodec(secret: string) {
  // Imported once: given raw bytes, jose imports the key again on every sign and verify.
  const key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  return {
    async sign(session: LocalSession, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
      return new SignJWT({ name: session.name })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(session.userId)
        .setJti(session.sessionId)
        .setIssuer(issuer)
        .setIssuedAt(nowSeconds)
        .setExpirationTime(nowSeconds + localSessionMaxAgeSeconds)
        .sign(await key);
    },
    /** The session, or null for anything forged, expired, malformed or foreign. */
    async verify(token: string): Promise<VerifiedLocalSession | null> {
      try {
        const { payload } = await jwtVerify(token, await key, { issuer, algorithms: ['HS256'] });
        const { sub, name, jti, iat } = payload;
        if (typeof sub !== 'string' || typeof name !== 'string' || typeof jti !== 'string' || typeof iat !== 'number') return null;
        if (!/^[0-9a-f-]{36}$/i.test(jti)) return null;
        return { userId: sub, name, sessionId: jti, issuedAt: iat };
      } catch {
        return null;
      }
    },
  };
}
