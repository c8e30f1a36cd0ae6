// The unit project alone, for Stryker (`npm run mutation`): the mutants are in src/, and the
// tooling, emulator and e2e projects do not test them.
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'test/fuzz/**/*.test.ts', 'test/unit/**/*.test.ts'],
    setupFiles: ['test/setup-unit.ts'],
  },
});
