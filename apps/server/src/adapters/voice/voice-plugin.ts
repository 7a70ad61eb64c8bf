import type { VoicePort } from '@voxly/api/interview';
import type { Router } from 'express';

/**
 * A voice provider as the server mounts it: the port the domain calls, the routes it needs (its
 * webhook), and the origins its browser client connects to (the CSP's connect-src admits them).
 */
export interface VoicePlugin {
  port: VoicePort;
  routes: Router[];
  connectSources: readonly string[];
}
