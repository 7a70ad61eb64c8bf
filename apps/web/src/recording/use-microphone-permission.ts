import { useEffect, useState } from 'react';
import { watchMicrophonePermission, type MicrophonePermission } from './microphone-permission.ts';

/** The microphone's permission as the browser says it now, following its changes while the page is open. */
export function useMicrophonePermission(): MicrophonePermission {
  const [permission, setPermission] = useState<MicrophonePermission>('unknown');
  useEffect(() => watchMicrophonePermission(setPermission), []);
  return permission;
}
