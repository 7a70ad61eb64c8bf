import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

const clerkWebOrigin = 'http://localhost:3000';
const clerkFrontendApi = 'clerk.voxly.test';

/** A session token shaped as Clerk issues them, signed with our own test key. */
export async function clerkSessionToken(
  privateKey: CryptoKey,
  claims: { sub?: string; azp?: string; expiresIn?: number; issuedAgo?: number } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000) - (claims.issuedAgo ?? 0);
  return new SignJWT({ sid: 'sess_test_1', azp: claims.azp ?? clerkWebOrigin, v: 2 })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'ins_test' })
    .setSubject(claims.sub ?? 'user_clerk_1')
    .setIssuer(`https://${clerkFrontendApi}`)
    .setIssuedAt(now)
    .setNotBefore(now - 5)
    .setExpirationTime(now + (claims.expiresIn ?? 60))
    .sign(privateKey);
}

/** A key pair and the environment that makes the server verify Clerk tokens offline against it. */
export async function clerkOfflineKeys() {
  const pair = await generateKeyPair('RS256');
  return {
    privateKey: pair.privateKey,
    env: {
      CLERK_SECRET_KEY: 'sk_test_voxly_offline',
      CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from(`${clerkFrontendApi}$`).toString('base64')}`,
      CLERK_JWT_KEY: await exportSPKI(pair.publicKey),
      WEB_ORIGIN: clerkWebOrigin,
    },
  };
}
