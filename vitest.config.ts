import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  test: {
    // CI also writes a JSON report, which .ci/run turns into a plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        plugins: [preact()],
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'test/fuzz/**/*.test.ts', 'test/unit/**/*.test.ts'],
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        test: {
          // Build and release tooling: manifest derivation, reproducible zips, icons.
          name: 'tooling',
          environment: 'node',
          include: ['scripts/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'emulator',
          environment: 'node',
          include: ['emulator/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          // Chromium (playwright-core) and Firefox (puppeteer-core over WebDriver BiDi).
          include: ['test/e2e/**/*.e2e.ts', 'test/e2e-firefox/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
