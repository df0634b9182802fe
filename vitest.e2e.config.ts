import { defineConfig } from 'vitest/config';

// Real-Chromium tests of the built extension. One browser at a time: the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
