import type { IncomingMessage } from 'node:http';
import type { Database } from '@voxly/api/db';
import type { AuthPort } from '@voxly/api/router';
import { inputLimits, plainText } from '@voxly/config';
import { parse as parseCookie } from 'cookie';
import express, { type CookieOptions, type Router } from 'express';
import { z } from 'zod';
import { createLocalSessionStore } from './local-session-store.ts';
import {
  createLocalSessionCodec,
  localSessionCookie,
  localSessionMaxAgeSeconds,
  renewAfterSeconds,
  type VerifiedLocalSession,
} from './local-session.ts';
import { localUserIdFor } from './local-user-id.ts';

const signInBody = z.strictObject({
  name: plainText({ label: 'Your name', min: 1, max: inputLimits.displayName, trim: true }),
});

export interface LocalAuth {
  port: AuthPort;
  /** POST /auth/local, POST /auth/local/sign-out, and the sliding renewal of the cookie. */
  routes: Router;
}

/**
 * Local sign-in: no accounts, no passwords; a named user and a signed HttpOnly cookie that
 * names a server-side session, so sign-out ends it everywhere.
 */
export function createLocalAuth(options: { secret: string; secureCookies: boolean; db: Database }): LocalAuth {
  const codec = createLocalSessionCodec(options.secret);
  const store = createLocalSessionStore(options.db);
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
    path: '/',
  };
  const tokenOf = (request: IncomingMessage) => {
    const header = request.headers.cookie;
    const token = header ? parseCookie(header)[localSessionCookie] : undefined;
    return token && token.length <= 4096 ? token : null;
  };
  // The renewal middleware and `identify` look at the same request: check it once.
  const checked = new WeakMap<IncomingMessage, Promise<VerifiedLocalSession | null>>();
  const liveSession = (request: IncomingMessage) => {
    let session = checked.get(request);
    if (!session) {
      const token = tokenOf(request);
      session = token
        ? codec.verify(token).then(async (s) => (s && (await store.isLive(s.sessionId, s.userId)) ? s : null))
        : Promise.resolve(null);
      checked.set(request, session);
    }
    return session;
  };

  const port: AuthPort = {
    mode: 'local',
    async identify(request) {
      const session = await liveSession(request);
      return session ? { userId: session.userId, name: session.name } : null;
    },
  };

  const setCookie = (res: express.Response, token: string) =>
    res.cookie(localSessionCookie, token, { ...cookieOptions, maxAge: localSessionMaxAgeSeconds * 1000 });

  const routes = express.Router();
  // Sliding renewal: a token past half its life is replaced on the way through.
  routes.use(async (req, res, next) => {
    if (!tokenOf(req)) return next();
    try {
      const session = await liveSession(req);
      if (session && Math.floor(Date.now() / 1000) - session.issuedAt >= renewAfterSeconds) {
        await store.extend(session.sessionId);
        setCookie(res, await codec.sign(session));
      }
    } catch {
      // The store is unreachable: the request itself will answer 503; renewal waits for the next one.
    }
    next();
  });
  routes.post('/auth/local', express.json({ limit: '4kb' }), async (req, res) => {
    const parsed = signInBody.safeParse(req.body);
    if (!parsed.success) {
      res.status(400).json({ error: z.prettifyError(parsed.error) });
      return;
    }
    const userId = localUserIdFor(parsed.data.name);
    if (!userId) {
      res.status(400).json({ error: 'Use at least one letter or digit in your name.' });
      return;
    }
    const sessionId = await store.open(userId);
    setCookie(res, await codec.sign({ userId, name: parsed.data.name, sessionId }));
    res.json({ userId, name: parsed.data.name });
  });
  routes.post('/auth/local/sign-out', async (req, res) => {
    const token = tokenOf(req);
    const session = token ? await codec.verify(token) : null;
    if (session) await store.revoke(session.sessionId);
    res.clearCookie(localSessionCookie, cookieOptions);
    res.json({ signedOut: true });
  });

  return { port, routes };
}
