import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Apps use domain and platform libraries; domain code uses domain and platform; platform code
// stays below everything. Tests and their harnesses may also use the testing library.
const layers = {
  'type:app': ['type:domain', 'type:platform'],
  'type:domain': ['type:domain', 'type:platform'],
  'type:platform': ['type:platform'],
  'type:testing': ['type:domain', 'type:platform', 'type:testing'],
};
const boundaries = (extra = []) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: Object.entries(layers).map(([sourceTag, tags]) => ({
      sourceTag,
      onlyDependOnLibsWithTags: [...new Set([...tags, ...extra])],
    })),
  },
];

export default [
  { ignores: ['**/node_modules', '**/dist', '.data/**', '.nx/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': boundaries(),
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration through @tessera/config only.',
        },
      ],
    },
  },
  {
    // The config library is the one place that reads the environment; tests set it up.
    files: ['libs/config/src/**/*.ts', 'libs/testing/src/**/*.ts', 'apps/*/test/**/*.ts', '**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/*.e2e-spec.ts', 'apps/*/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries(['type:testing', 'type:domain']) },
  },
];
