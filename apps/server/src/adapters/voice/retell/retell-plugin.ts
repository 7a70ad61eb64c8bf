import type { VoicePort } from '@voxly/api/interview';
import type { VoiceConfig } from '@voxly/config/server';
import { clientAddressOf } from '../../../http/trust-proxy.ts';
import type { VendorFactory } from '../../vendor-plugin.ts';
import { retellConnectSources } from './retell-browser-client.ts';
import { createRetellVoice } from './retell-voice.ts';
import { retellWebhookRoutes } from './retell-webhook.ts';

/**
 * Retell: calls registered through its SDK, its signed call webhook at /webhook/retell, its
 * browser client's LiveKit hosts, and the call socket only Retell may open (a secret path, its addresses).
 */
export const retellPlugin: VendorFactory<Extract<VoiceConfig, { kind: 'retell' }>, VoicePort> = (config, deps) => {
  const port = createRetellVoice(config);
  const readCall = async (callId: string): Promise<unknown> => port.client.call.retrieve(callId);
  return {
    port,
    routes: [
      retellWebhookRoutes({
        apiKey: config.apiKey,
        db: deps.db,
        logger: deps.logger,
        observe: { outcome: deps.countWebhook, latency: deps.callLatency },
        readCall,
      }),
    ],
    jobs: [],
    connectSources: retellConnectSources,
    socketAccess: {
      kind: 'retell',
      secret: config.llmSocketSecret,
      allowedIps: config.allowedIps,
      clientAddress: clientAddressOf(deps.config.trustProxy),
    },
  };
};
