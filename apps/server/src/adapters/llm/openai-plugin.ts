import { ModelScheduler, prioritisedModel, type LanguageModelPort } from '@voxly/api/interview';
import type { LanguageModelConfig } from '@voxly/config/server';
import type { VendorFactory } from '../vendor-plugin.ts';
import { createOpenAiLanguageModel } from './openai-language-model.ts';

/** Any OpenAI-compatible server through OpenAI's SDK. */
export const openAiPlugin: VendorFactory<Extract<LanguageModelConfig, { kind: 'openai' }>, LanguageModelPort> = (config) => ({
  // One model server shared by live turns and side calls: live turns first (model-scheduler.ts).
  port: prioritisedModel(createOpenAiLanguageModel(config), new ModelScheduler(config.maxConcurrency)),
  routes: [],
  jobs: [],
});
