// Test tiers by file suffix: *.spec.ts (unit, pure), *.int-spec.ts (real SQLite / Redis),
// *.e2e-spec.ts (a real server through HTTP and socket.io). Pick one with --selectProjects.
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#domain$': '<rootDir>/libs/domain/src/index.ts',
    '^#contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^#event-store$': '<rootDir>/libs/event-store/src/index.ts',
    '^#event-store/kurrentdb$': '<rootDir>/libs/event-store/src/kurrentdb/index.ts',
    '^#demo$': '<rootDir>/libs/demo/src/index.ts',
    '^#read-models$': '<rootDir>/libs/read-models/src/index.ts',
    '^#application$': '<rootDir>/libs/application/src/index.ts',
    '^#platform$': '<rootDir>/libs/platform/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true }],
    // CommonJS that requires Nest's ES modules: loaded as ESM under Jest (see the transformer).
    '/node_modules/@nestjs/throttler/.+\\.js$': '<rootDir>/test/support/cjs-as-esm.transformer.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/throttler/)'],
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
};

export default {
  // A real server starts in a second or two, but a busy 2-core machine can take longer.
  testTimeout: 30_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    { ...shared, displayName: 'int', testMatch: ['**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['**/*.e2e-spec.ts'] },
  ],
};
