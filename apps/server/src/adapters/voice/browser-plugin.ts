import type { VoicePort } from '@voxly/api/interview';
import type { VoiceConfig } from '@voxly/config/server';
import type { VendorFactory } from '../vendor-plugin.ts';
import { createBrowserVoice } from './browser-voice.ts';

/** Local mode's voice: the browser speaks and listens, and opens the call's socket itself (same site, its owner's cookie). */
export const browserVoicePlugin: VendorFactory<Extract<VoiceConfig, { kind: 'browser' }>, VoicePort> = (_config, { config }) => ({
  port: createBrowserVoice(),
  routes: [],
  jobs: [],
  socketAccess: { kind: 'owner', webOrigin: config.webOrigin },
});
