import { defineConfig } from 'vitest/config';

/**
 * The one list of test projects. Vitest 4 no longer reads a workspace file by itself,
 * so `npm test` runs `vitest run --config vitest.workspace.ts` and this file is that config.
 */
export const projects = ['packages/config', 'packages/prompts', 'packages/api', 'apps/server', 'apps/web', 'apps/web/vitest.e2e.config.ts'];

export default defineConfig({
  test: {
    projects,
    reporters: ['default', './packages/config/vitest/summary-reporter.ts'],
  },
});
