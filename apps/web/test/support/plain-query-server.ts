import superjson from 'superjson';
import { vi } from 'vitest';

/**
 * What the fake server answers: who is signed in (null: nobody), a network that is down (the
 * API not up yet: asked again), or a server that fails.
 */
export type PlainAnswer = { session: { name: string } | null } | 'network-down' | 'server-error';

/**
 * The server's plain GETs of `account.session` and `account.publicConfig`, as tRPC answers
 * them (superjson), stubbed on `fetch`; `sessionChecks` counts the session checks.
 */
export function stubPlainQueries(initial: PlainAnswer) {
  const server = { answer: initial, sessionChecks: 0 };
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const url = String(input);
      const session = url.includes('account.session');
      if (session) server.sessionChecks += 1;
      // Only the session check meets the outage: the public config's reader is the app, not the shell.
      if (session && server.answer === 'network-down') return Promise.reject(new TypeError('Failed to fetch'));
      if (session && server.answer === 'server-error') return Promise.resolve(new Response('', { status: 500 }));
      const data = session && typeof server.answer === 'object' ? server.answer.session : { authMode: 'local' };
      return Promise.resolve(new Response(JSON.stringify({ result: { data: superjson.serialize(data) } }), { status: 200 }));
    }),
  );
  return server;
}
