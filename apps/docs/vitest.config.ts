import { defineProject } from 'vitest/config';

export default defineProject({
  // Rendering a page that reads a package's API type-checks that package: seconds, not milliseconds.
  test: { name: 'docs', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
