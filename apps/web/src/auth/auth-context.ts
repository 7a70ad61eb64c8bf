import { createContext, useContext } from 'react';

/** What the rest of the app needs from whichever sign-in is running. */
export interface WebAuth {
  mode: 'local' | 'clerk';
  signOut: () => Promise<void>;
  /**
   * A session token for the interview socket (a browser WebSocket cannot send headers):
   * Clerk's, or null where the cookie already says who is calling (local sign-in).
   */
  socketToken: () => Promise<string | null>;
}

export const AuthContext = createContext<WebAuth | null>(null);

export function useWebAuth(): WebAuth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useWebAuth outside an auth shell');
  return auth;
}
