import { defineProject } from 'vitest/config';

/** End-to-end tests: the real server process and Debian's Chromium. */
export default defineProject({
  test: {
    name: 'web-e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    // A whole candidate journey; a shared 2-core CI box can be slow, and the step log shows where time went.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A journey that fails once on a loaded shared box runs once more: its first failure (the
    // step that stalled, the server's last log lines) is still printed, and a defect fails twice.
    retry: 1,
  },
});
