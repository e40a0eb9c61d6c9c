import { defineConfig } from 'vitest/config';

// The real-browser tests (npm run test:browser): Debian's Chromium via playwright-core. Kept out of
// `npm test`, whose config includes test/ only.
export default defineConfig({
  test: {
    include: ['test-browser/**/*.test.ts'],
    globalSetup: ['test-browser/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
  },
});
