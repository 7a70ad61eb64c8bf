import { randomUUID } from 'node:crypto';
import type { VoicePort } from '@voxly/api/interview';

/** Local mode: the browser is the call, so registering one is only minting an unguessable id. */
export function createBrowserVoice(): VoicePort {
  return {
    mode: 'browser',
    registerCall() {
      return Promise.resolve({ callId: `local_${randomUUID()}`, accessToken: null, accessTokenExpiresAt: null });
    },
  };
}
