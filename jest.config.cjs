// One jest run for unit (*.spec.ts), integration (*.int-spec.ts) and end-to-end (*.e2e-spec.ts)
// tests. Run through tools/test, which starts PostgreSQL and Redis and migrates the template
// database every test file clones its own database from.
module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.spec.json', diagnostics: false }],
  },
  moduleNameMapper: { '^@tessera/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  testTimeout: 30_000,
  maxWorkers: 2,
};
