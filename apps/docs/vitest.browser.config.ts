import { defineConfig } from 'vitest/config';

// The browser tests drive Chromium against the built site, so they run apart from `vitest run`
// (`pnpm --filter docs test:browser`, after `pnpm --filter docs build`).
export default defineConfig({
  test: {
    name: 'docs-browser',
    include: ['test/browser/**/*.browser.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
