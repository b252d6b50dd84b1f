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
    // sanitize-html's HTML parser ships as ES modules only: Node loads them with require(), jest's
    // module runtime does not, so jest gets them compiled to CommonJS.
    '/node_modules/sanitize-html/node_modules/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, isolatedModules: true, module: 'commonjs', target: 'ES2022' }, diagnostics: false },
    ],
  },
  transformIgnorePatterns: ['^(?!.*/node_modules/sanitize-html/node_modules/).*/node_modules/'],
  moduleNameMapper: { '^@tessera/(.*)$': '<rootDir>/libs/$1/src/index.ts' },
  testTimeout: 30_000,
  maxWorkers: 2,
};
