import { ApiProvider } from '../api/api-provider.tsx';
import { useWebAuth } from '../auth/auth-context.ts';
import { AppRoutes } from './app-routes.tsx';

/**
 * Everything behind sign-in: the tRPC client, its query cache and the pages. Its own chunk,
 * so a visitor's first page carries only the landing and the sign-in.
 */
export default function SignedInApp() {
  const auth = useWebAuth();
  return (
    <ApiProvider getToken={auth.sessionToken}>
      <AppRoutes />
    </ApiProvider>
  );
}
