import type { RawEnv } from './raw-env.ts';
import { halfConfiguredVendors } from './vendor-env/index.ts';

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
  const problems = halfConfiguredVendors(env);
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
