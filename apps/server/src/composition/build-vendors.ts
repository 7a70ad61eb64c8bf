import type { LanguageModelPort, VoicePort } from '@voxly/api';
import type { ServerConfig } from '@voxly/config/server';
import { createOpenAiLanguageModel } from '../adapters/llm/openai-language-model.ts';
import { createScriptedLanguageModel } from '../adapters/llm/scripted-language-model.ts';
import { createBrowserVoice } from '../adapters/voice/browser-voice.ts';
import { createRetellVoice } from '../adapters/voice/retell-voice.ts';

/** The language model and voice adapters the configuration asks for. */
export function buildVendors(config: ServerConfig): { llm: LanguageModelPort; voice: VoicePort } {
  return {
    llm: config.llm.kind === 'openai' ? createOpenAiLanguageModel(config.llm) : createScriptedLanguageModel(),
    voice: config.voice.kind === 'retell' ? createRetellVoice(config.voice) : createBrowserVoice(),
  };
}
