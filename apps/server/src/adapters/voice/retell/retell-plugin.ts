import type { Database } from '@voxly/api/db';
import type { CallLatency } from '@voxly/api/interview';
import type { VoiceConfig } from '@voxly/config/server';
import type { Logger } from '../../../logging/logger.ts';
import type { VoicePlugin } from '../voice-plugin.ts';
import { retellConnectSources } from './retell-browser-client.ts';
import { createRetellVoice } from './retell-voice.ts';
import { retellWebhookRoutes } from './retell-webhook.ts';

/** Retell: calls registered through its SDK, its signed call webhook at /webhook/retell, its browser client's LiveKit hosts. */
export function retellPlugin(
  config: Extract<VoiceConfig, { kind: 'retell' }>,
  deps: { db: Database; logger: Logger; observe: { outcome(outcome: string): void; latency(latency: CallLatency): void } },
): VoicePlugin {
  const port = createRetellVoice(config);
  const readCall = async (callId: string): Promise<unknown> => port.client.call.retrieve(callId);
  return {
    port,
    routes: [retellWebhookRoutes({ apiKey: config.apiKey, db: deps.db, logger: deps.logger, observe: deps.observe, readCall })],
    connectSources: retellConnectSources,
  };
}
