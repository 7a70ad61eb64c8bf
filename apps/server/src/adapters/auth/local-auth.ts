import { inputLimits } from '@voxly/config';
import type { AuthPort } from '@voxly/api';
import { parse as parseCookie } from 'cookie';
import express, { type CookieOptions, type Router } from 'express';
import { z } from 'zod';
import { createLocalSessionCodec, localSessionCookie, localSessionMaxAgeSeconds } from './local-session.ts';
import { localUserIdFor } from './local-user-id.ts';

const signInBody = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name.').max(inputLimits.displayName, `Use at most ${inputLimits.displayName} characters.`),
});

export interface LocalAuth {
  port: AuthPort;
  /** POST /auth/local and POST /auth/local/sign-out. */
  routes: Router;
}

/** Local sign-in: no accounts, no passwords; a named user and a signed HttpOnly cookie. */
export function createLocalAuth(options: { secret: string; secureCookies: boolean }): LocalAuth {
  const codec = createLocalSessionCodec(options.secret);
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
    path: '/',
  };

  const port: AuthPort = {
    mode: 'local',
    async identify(request) {
      const header = request.headers.cookie;
      if (!header) return null;
      const token = parseCookie(header)[localSessionCookie];
      if (!token || token.length > 4096) return null;
      const session = await codec.verify(token);
      return session ? { userId: session.userId, name: session.name } : null;
    },
  };

  const routes = express.Router();
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
    const token = await codec.sign({ userId, name: parsed.data.name });
    res.cookie(localSessionCookie, token, { ...cookieOptions, maxAge: localSessionMaxAgeSeconds * 1000 });
    res.json({ userId, name: parsed.data.name });
  });
  routes.post('/auth/local/sign-out', (_req, res) => {
    res.clearCookie(localSessionCookie, cookieOptions);
    res.json({ signedOut: true });
  });

  return { port, routes };
}
