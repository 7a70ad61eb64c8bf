import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'server',
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Effects here land across processes, sockets and databases: poll longer and oftener than Vitest's 1 s / 50 ms.
    expect: { poll: { timeout: 3_000, interval: 20 } },
  },
});
