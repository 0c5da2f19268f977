import { defineProject } from 'vitest/config';

// Tests run the built CLI as a subprocess, as users do; on two shared cores a run can take a few
// hundred milliseconds, so the per-test limit is generous. No test asserts on time.
export default defineProject({
  test: {
    name: '@bp/cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    maxConcurrency: 4,
  },
});
