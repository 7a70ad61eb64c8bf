import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { httpBatchLink, TRPCClientError } from '@trpc/client';
import { useState, type ReactNode } from 'react';
import superjson from 'superjson';
import { trpc } from './trpc.ts';

/** Auth errors are answers, not glitches: retrying them only delays the sign-in screen. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    if (code === 'UNAUTHORIZED' || code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_REQUEST') return false;
  }
  return failureCount < 2;
}

export function ApiProvider({
  getToken,
  children,
}: {
  /** Clerk's session token when Clerk is on; local mode relies on the session cookie. */
  getToken?: () => Promise<string | null>;
  children: ReactNode;
}) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: shouldRetry, staleTime: 5_000 } } }));
  const [client] = useState(() =>
    trpc.createClient({
      links: [
        httpBatchLink({
          url: '/trpc',
          transformer: superjson,
          // The server refuses batches of more than 20 calls; the app never needs that many at once.
          maxItems: 10,
          fetch: (url, init) => fetch(url, { ...init, credentials: 'include' }),
          async headers() {
            const token = getToken ? await getToken() : null;
            return token ? { authorization: `Bearer ${token}` } : {};
          },
        }),
      ],
    }),
  );
  return (
    <trpc.Provider client={client} queryClient={queryClient}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </trpc.Provider>
  );
}
