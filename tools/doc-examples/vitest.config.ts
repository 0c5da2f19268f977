import { defineProject } from 'vitest/config';

export default defineProject({
  test: { name: '@bp/doc-examples', include: ['test/**/*.test.ts'] },
});
