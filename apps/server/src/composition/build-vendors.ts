import type { Database } from '@voxly/api/db';
import { ModelScheduler, prioritisedModel, type CallLatency, type LanguageModelPort } from '@voxly/api/interview';
import type { ServerConfig } from '@voxly/config/server';
import { createScriptedLanguageModel } from '../adapters/llm/scripted-language-model.ts';
import type { PaymentsPlugin } from '../adapters/payments/payments-plugin.ts';
import { sandboxPlugin } from '../adapters/payments/sandbox/sandbox-plugin.ts';
import { createBrowserVoice } from '../adapters/voice/browser-voice.ts';
import type { VoicePlugin } from '../adapters/voice/voice-plugin.ts';
import type { Logger } from '../logging/logger.ts';

export interface VendorDeps {
  db: Database;
  logger: Logger;
  observe: {
    webhook(vendor: 'mercadopago' | 'retell', outcome: string): void;
    retellLatency(latency: CallLatency): void;
  };
  /** How often the sandbox retries notifications the webhook has not taken yet (tests shorten it). */
  sandboxRetryMs?: number | undefined;
}

// A vendor's adapter is imported only when the configuration selects it, so its SDK stays
// unloaded otherwise: memory and start-up time. (The sandbox checkout still loads Mercado
// Pago's SDK: its notifications are checked by that SDK's own webhook validator.)

/** The payments provider the configuration asks for: one line per provider. */
async function buildPayments(config: ServerConfig, deps: VendorDeps): Promise<PaymentsPlugin> {
  const shared = {
    db: deps.db,
    logger: deps.logger,
    webOrigin: config.webOrigin,
    publicApiUrl: config.publicApiUrl,
    dataDir: config.dataDir,
    onWebhookOutcome: (outcome: string) => deps.observe.webhook('mercadopago', outcome),
  };
  if (config.payments.kind === 'mercadopago') {
    const { mercadoPagoPlugin } = await import('../adapters/payments/mercadopago/mercadopago-plugin.ts');
    return mercadoPagoPlugin(config.payments, shared);
  }
  return sandboxPlugin({ ...shared, retryMs: deps.sandboxRetryMs });
}

/** The voice provider the configuration asks for. */
async function buildVoice(config: ServerConfig, deps: VendorDeps): Promise<VoicePlugin> {
  if (config.voice.kind === 'retell') {
    const { retellPlugin } = await import('../adapters/voice/retell/retell-plugin.ts');
    return retellPlugin(config.voice, {
      db: deps.db,
      logger: deps.logger,
      observe: { outcome: (outcome) => deps.observe.webhook('retell', outcome), latency: (latency) => deps.observe.retellLatency(latency) },
    });
  }
  return { port: createBrowserVoice(), routes: [], connectSources: [] };
}

/** The language model the configuration asks for. */
async function buildLanguageModel(config: ServerConfig): Promise<LanguageModelPort> {
  if (config.llm.kind !== 'openai') return createScriptedLanguageModel();
  const { createOpenAiLanguageModel } = await import('../adapters/llm/openai-language-model.ts');
  // One model server shared by live turns and side calls: live turns first (model-scheduler.ts).
  return prioritisedModel(createOpenAiLanguageModel(config.llm), new ModelScheduler(config.llm.maxConcurrency));
}

/** The language model, voice and payments adapters the configuration asks for, with the routes they need. */
export async function buildVendors(
  config: ServerConfig,
  deps: VendorDeps,
): Promise<{ llm: LanguageModelPort; voice: VoicePlugin; payments: PaymentsPlugin }> {
  const [payments, llm, voice] = await Promise.all([buildPayments(config, deps), buildLanguageModel(config), buildVoice(config, deps)]);
  return { payments, llm, voice };
}
