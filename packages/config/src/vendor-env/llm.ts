import type { VendorEnvs } from './vendor-env.ts';

export type LanguageModelConfig =
  | {
      kind: 'openai';
      apiKey: string;
      baseURL?: string;
      model: string;
      feedbackModel: string;
      /** On hardware we share (a local llama.cpp or Ollama): sized and scheduled as such. */
      local: boolean;
      /** Requests at once, live turns first; 0: no limit. */
      maxConcurrency: number;
      /** First-chunk time added per 1,000 prompt tokens. */
      prefillMsPer1kTokens: number;
    }
  | { kind: 'scripted' };

/** A loopback or private-network host: a model server on hardware we run, not a hosted API. */
export function isLocalHost(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.local') ||
    host.endsWith('.internal') ||
    host === '::1' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    !host.includes('.')
  );
}

/** Language models: any OpenAI-compatible server (a key, a base URL or both), else the scripted interviewer. */
export const llmVendors: VendorEnvs<LanguageModelConfig> = [
  {
    kind: 'openai',
    name: 'OpenAI',
    // Either key alone selects it (a local model server needs no key), so it has no all-or-none group.
    keys: [],
    selects: (env) => !!(env.OPENAI_API_KEY || env.OPENAI_BASE_URL),
    config: (env) => {
      const local =
        env.OPENAI_LOCAL_MODEL === 'auto' ? !!env.OPENAI_BASE_URL && isLocalHost(env.OPENAI_BASE_URL) : env.OPENAI_LOCAL_MODEL === 'true';
      return {
        kind: 'openai',
        // Local model servers (Ollama, vLLM, LM Studio) accept any key.
        apiKey: env.OPENAI_API_KEY ?? 'not-needed',
        ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
        model: env.OPENAI_MODEL ?? 'gpt-4o-mini',
        feedbackModel: env.OPENAI_FEEDBACK_MODEL ?? env.OPENAI_MODEL ?? 'gpt-4o-mini',
        local,
        // One llama.cpp slot by default: a second request would only slow the live one.
        maxConcurrency: env.OPENAI_MAX_CONCURRENCY ?? (local ? 1 : 0),
        // ~1,350 tokens took ~20 s to prefill on a 1.5B model on two cores.
        prefillMsPer1kTokens: env.OPENAI_PREFILL_MS_PER_1K_TOKENS ?? (local ? 15_000 : 0),
      };
    },
  },
  { kind: 'scripted', name: 'the scripted interviewer', keys: [], config: () => ({ kind: 'scripted' }) },
];
