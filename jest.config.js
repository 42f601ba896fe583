// Jest runs the project as ESM (NestJS 12 is ESM-only): see ../shared/spec/TOOLCHAIN.md.
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testEnvironment: 'node',
  // Resolve the "#lib" subpath imports to TypeScript sources, never to stale files in dist/.
  testEnvironmentOptions: { customExportConditions: ['source', 'node'] },
};

/** @type {import('jest').Config} */
export default {
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/libs/**/*.spec.ts', '<rootDir>/apps/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/reliability\\.e2e-spec\\.ts$'],
    },
    // Thousands of deadlines through crashing workers: run alone, after the rest (`npm test` does),
    // so that neither its load slows the other files past their timeouts nor theirs slows it.
    { ...common, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability.e2e-spec.ts'] },
  ],
};
