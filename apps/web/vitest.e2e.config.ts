import { defineProject } from 'vitest/config';

/** End-to-end tests: the real server process and Debian's Chromium. */
export default defineProject({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
