import { defineConfig } from 'vitest/config';

// Real-Chromium tests of the built extension (`npm run build` first; `npm test` does). One browser at a time:
// the machine has two cores. The global setup bundles the fixture pages' scripts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
