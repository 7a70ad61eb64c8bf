import type { Database, LanguageModelPort, PaymentsPort, VoicePort } from '@voxly/api';
import type { ServerConfig } from '@voxly/config/server';
import { createOpenAiLanguageModel } from '../adapters/llm/openai-language-model.ts';
import { createScriptedLanguageModel } from '../adapters/llm/scripted-language-model.ts';
import { createMercadoPagoPayments } from '../adapters/payments/mercadopago-payments.ts';
import { createSandboxPayments } from '../adapters/payments/sandbox-payments.ts';
import { createBrowserVoice } from '../adapters/voice/browser-voice.ts';
import { createRetellVoice } from '../adapters/voice/retell-voice.ts';

/** The language model, voice and payments adapters the configuration asks for. */
export function buildVendors(config: ServerConfig, db: Database): { llm: LanguageModelPort; voice: VoicePort; payments: PaymentsPort } {
  return {
    payments:
      config.payments.kind === 'mercadopago'
        ? createMercadoPagoPayments(config.payments)
        : createSandboxPayments({ db, webOrigin: config.webOrigin }),
    llm: config.llm.kind === 'openai' ? createOpenAiLanguageModel(config.llm) : createScriptedLanguageModel(),
    voice: config.voice.kind === 'retell' ? createRetellVoice(config.voice) : createBrowserVoice(),
  };
}
