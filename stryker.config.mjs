// StrykerJS for `npm run mutation` (scripts/mutation/run.ts passes each group's files as --mutate).
// Not part of `npm test`: see docs/testing.md for how long it takes.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'stryker.vitest.config.ts', related: true },
  coverageAnalysis: 'perTest',
  // Two shared cores: one test worker by default (run.ts may pass --concurrency 2).
  concurrency: 1,
  incremental: true,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: process.env['STRYKER_JSON_REPORT'] ?? 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 10000,
  // The first run (every related test, with per-test coverage) takes minutes on a loaded 2-core machine.
  dryRunTimeoutMinutes: 40,
  // Stryker rewrites the tsconfig's `extends`/`references` paths for its sandbox through the TypeScript
  // library API, which TypeScript 7 (the native compiler) no longer has. Ours has neither, so point it at
  // a file that does not exist and it leaves tsconfig.json alone. For the same reason there is no
  // TypeScript checker: @stryker-mutator/typescript-checker loads TypeScript as a library too.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  // The build tooling and browsers are not needed to run the unit tests.
  ignorePatterns: ['dist', 'release', 'test-results', 'reports', 'bench', 'docs', '.emulator', 'test/e2e', 'test/e2e-firefox'],
};
