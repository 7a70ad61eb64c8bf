import type { PaymentsPort } from '@voxly/api/billing';
import type { LanguageModelPort, VoicePort } from '@voxly/api/interview';
import type { ServerConfig } from '@voxly/config/server';
import type { AuthPorts } from '../adapters/auth/auth-ports.ts';
import type { VendorFactory } from '../adapters/vendor-plugin.ts';

/** The port each kind of vendor serves the domain. */
export interface VendorPorts {
  auth: AuthPorts;
  llm: LanguageModelPort;
  voice: VoicePort;
  payments: PaymentsPort;
}
export type VendorService = keyof VendorPorts;

/** The kinds each service's configuration may name (`mercadopago`, `sandbox`…): also its vendors' metric labels. */
export type VendorKindOf<S extends VendorService> = ServerConfig[S]['kind'];

type Loader<S extends VendorService, K extends VendorKindOf<S>> = () => Promise<
  VendorFactory<Extract<ServerConfig[S], { kind: K }>, VendorPorts[S]>
>;

/** For each service, a loader per configuration kind: the compiler names any kind left out. */
export type VendorTable = { [S in VendorService]: { [K in VendorKindOf<S>]: Loader<S, K> } };

// Each adapter is imported only when the configuration selects it, so a vendor's SDK stays
// unloaded otherwise: memory and start-up time (ADR 0017). (The sandbox checkout still loads
// Mercado Pago's SDK: its notifications are checked by that SDK's own webhook validator.)
export const vendorTable: VendorTable = {
  auth: {
    clerk: async () => (await import('../adapters/auth/clerk-plugin.ts')).clerkPlugin,
    local: async () => (await import('../adapters/auth/local-plugin.ts')).localAuthPlugin,
  },
  llm: {
    openai: async () => (await import('../adapters/llm/openai-plugin.ts')).openAiPlugin,
    scripted: async () => (await import('../adapters/llm/scripted-plugin.ts')).scriptedPlugin,
  },
  voice: {
    retell: async () => (await import('../adapters/voice/retell/retell-plugin.ts')).retellPlugin,
    browser: async () => (await import('../adapters/voice/browser-plugin.ts')).browserVoicePlugin,
  },
  payments: {
    mercadopago: async () => (await import('../adapters/payments/mercadopago/mercadopago-plugin.ts')).mercadoPagoPlugin,
    sandbox: async () => (await import('../adapters/payments/sandbox/sandbox-plugin.ts')).sandboxPlugin,
  },
};
