import type { Database } from '@voxly/api/db';
import type { LanguageModelPort, RetellLatency } from '@voxly/api/interview';
import type { ServerConfig } from '@voxly/config/server';
import { createOpenAiLanguageModel } from '../adapters/llm/openai-language-model.ts';
import { createScriptedLanguageModel } from '../adapters/llm/scripted-language-model.ts';
import { mercadoPagoPlugin } from '../adapters/payments/mercadopago/mercadopago-plugin.ts';
import type { PaymentsPlugin } from '../adapters/payments/payments-plugin.ts';
import { sandboxPlugin } from '../adapters/payments/sandbox/sandbox-plugin.ts';
import { createBrowserVoice } from '../adapters/voice/browser-voice.ts';
import { retellPlugin } from '../adapters/voice/retell/retell-plugin.ts';
import type { VoicePlugin } from '../adapters/voice/voice-plugin.ts';
import type { Logger } from '../logging/logger.ts';

export interface VendorDeps {
  db: Database;
  logger: Logger;
  observe: {
    webhook(vendor: 'mercadopago' | 'retell', outcome: string): void;
    retellLatency(latency: RetellLatency): void;
  };
  /** How often the sandbox retries notifications the webhook has not taken yet (tests shorten it). */
  sandboxRetryMs?: number | undefined;
}

/** The payments provider the configuration asks for: one line per provider. */
function buildPayments(config: ServerConfig, deps: VendorDeps): PaymentsPlugin {
  const shared = {
    db: deps.db,
    logger: deps.logger,
    webOrigin: config.webOrigin,
    publicApiUrl: config.publicApiUrl,
    dataDir: config.dataDir,
    onWebhookOutcome: (outcome: string) => deps.observe.webhook('mercadopago', outcome),
  };
  if (config.payments.kind === 'mercadopago') return mercadoPagoPlugin(config.payments, shared);
  return sandboxPlugin({ ...shared, retryMs: deps.sandboxRetryMs });
}

/** The voice provider the configuration asks for. */
function buildVoice(config: ServerConfig, deps: VendorDeps): VoicePlugin {
  if (config.voice.kind === 'retell') {
    return retellPlugin(config.voice, {
      db: deps.db,
      logger: deps.logger,
      observe: { outcome: (outcome) => deps.observe.webhook('retell', outcome), latency: (latency) => deps.observe.retellLatency(latency) },
    });
  }
  return { port: createBrowserVoice(), routes: [] };
}

/** The language model, voice and payments adapters the configuration asks for, with the routes they need. */
export function buildVendors(
  config: ServerConfig,
  deps: VendorDeps,
): { llm: LanguageModelPort; voice: VoicePlugin; payments: PaymentsPlugin } {
  return {
    payments: buildPayments(config, deps),
    llm: config.llm.kind === 'openai' ? createOpenAiLanguageModel(config.llm) : createScriptedLanguageModel(),
    voice: buildVoice(config, deps),
  };
}
