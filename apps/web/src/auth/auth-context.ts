import { createContext, useContext } from 'react';

/** What the rest of the app needs from whichever sign-in is running. */
export interface WebAuth {
  mode: 'local' | 'clerk';
  signOut(): Promise<void>;
}

export const AuthContext = createContext<WebAuth | null>(null);

export function useWebAuth(): WebAuth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useWebAuth outside an auth shell');
  return auth;
}
