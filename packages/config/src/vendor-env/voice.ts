import type { RetellWebCallVersion } from '../retell-web-call.ts';
import { setting, type VendorEnvs } from './vendor-env.ts';

export type VoiceConfig =
  | {
      kind: 'retell';
      apiKey: string;
      agentId: string;
      baseURL?: string;
      llmSocketSecret: string;
      allowedIps?: string[];
      /** The create-web-call version whose token the shipped browser client joins. */
      webCallVersion: RetellWebCallVersion;
    }
  | { kind: 'browser' };

/** Retell's published address for calls to our servers (docs.retellai.com, "Secure the webhook"). */
export const retellPublishedIps = ['100.20.5.228'] as const;

/** `retell` stands for Retell's published addresses; anything else is a literal address. */
function parseAllowedIps(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((ip) => ip.trim())
        .filter(Boolean)
        .flatMap((ip) => (ip === 'retell' ? [...retellPublishedIps] : [ip])),
    ),
  ];
}

/** Voice providers: Retell, else the browser's own speech (local mode). */
export const voiceVendors: VendorEnvs<VoiceConfig> = [
  {
    kind: 'retell',
    name: 'Retell',
    keys: ['RETELL_API_KEY', 'RETELL_AGENT_ID', 'RETELL_LLM_WEBSOCKET_SECRET'],
    config: (env) => ({
      kind: 'retell',
      apiKey: setting(env, 'RETELL_API_KEY'),
      agentId: setting(env, 'RETELL_AGENT_ID'),
      llmSocketSecret: setting(env, 'RETELL_LLM_WEBSOCKET_SECRET'),
      webCallVersion: env.RETELL_WEB_CALL_VERSION ?? 'v2',
      ...(env.RETELL_BASE_URL ? { baseURL: env.RETELL_BASE_URL } : {}),
      ...(env.RETELL_ALLOWED_IPS ? { allowedIps: parseAllowedIps(env.RETELL_ALLOWED_IPS) } : {}),
    }),
  },
  { kind: 'browser', name: 'browser voice', keys: [], config: () => ({ kind: 'browser' }) },
];
