import type { LanguageModelPort } from '@voxly/api/interview';
import type { LanguageModelConfig } from '@voxly/config/server';
import type { VendorFactory } from '../vendor-plugin.ts';
import { createScriptedLanguageModel } from './scripted-language-model.ts';

/** Local mode's interviewer: scripted questions, no model. */
export const scriptedPlugin: VendorFactory<Extract<LanguageModelConfig, { kind: 'scripted' }>, LanguageModelPort> = () => ({
  port: createScriptedLanguageModel(),
  routes: [],
  jobs: [],
});
