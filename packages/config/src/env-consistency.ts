import type { RawEnv } from './raw-env.ts';

/** A vendor is either fully configured or not at all: half a vendor is a start-up error. */
const vendorGroups: { vendor: string; keys: (keyof RawEnv)[]; localDefault: string }[] = [
  { vendor: 'Clerk', keys: ['CLERK_SECRET_KEY', 'CLERK_PUBLISHABLE_KEY'], localDefault: 'local sign-in' },
  { vendor: 'Retell', keys: ['RETELL_API_KEY', 'RETELL_AGENT_ID', 'RETELL_LLM_WEBSOCKET_SECRET'], localDefault: 'browser voice' },
  {
    vendor: 'Mercado Pago',
    keys: ['MERCADOPAGO_ACCESS_TOKEN', 'MERCADOPAGO_WEBHOOK_SECRET'],
    localDefault: 'the sandbox checkout',
  },
];

/** Settings that only mean something when their vendor is on. */
const dependentKeys: { key: keyof RawEnv; needs: keyof RawEnv }[] = [
  { key: 'CLERK_JWT_KEY', needs: 'CLERK_SECRET_KEY' },
  { key: 'CLERK_API_URL', needs: 'CLERK_SECRET_KEY' },
  { key: 'RETELL_BASE_URL', needs: 'RETELL_API_KEY' },
  { key: 'RETELL_ALLOWED_IPS', needs: 'RETELL_API_KEY' },
  { key: 'RETELL_WEB_CALL_VERSION', needs: 'RETELL_API_KEY' },
];

/** What is inconsistent between settings (half a vendor, a setting without the one it needs). */
export function vendorProblems(env: RawEnv): string[] {
  const problems: string[] = [];
  for (const group of vendorGroups) {
    const present = group.keys.filter((k) => env[k] !== undefined);
    if (present.length > 0 && present.length < group.keys.length) {
      const missing = group.keys.filter((k) => env[k] === undefined);
      problems.push(
        `${group.vendor} is half-configured: ${present.join(', ')} ${present.length === 1 ? 'is' : 'are'} set but ` +
          `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. Set all of ${group.keys.join(', ')}, ` +
          `or none to use ${group.localDefault}.`,
      );
    }
  }
  for (const { key, needs } of dependentKeys) {
    if (env[key] !== undefined && env[needs] === undefined) {
      problems.push(`${key} is set but ${needs} is not; ${key} has no effect without it.`);
    }
  }
  if ((env.OPENAI_MODEL || env.OPENAI_FEEDBACK_MODEL) && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
    problems.push('OPENAI_MODEL is set but neither OPENAI_API_KEY nor OPENAI_BASE_URL is: the model server is unknown.');
  }
  if (env.OPENAI_BASE_URL && !env.OPENAI_MODEL) {
    problems.push('OPENAI_BASE_URL is set without OPENAI_MODEL: name the model that server serves.');
  }
  if (env.CLERK_PUBLISHABLE_KEY && !/^pk_(test|live)_/.test(env.CLERK_PUBLISHABLE_KEY)) {
    problems.push('CLERK_PUBLISHABLE_KEY must start with pk_test_ or pk_live_.');
  }
  return problems;
}
