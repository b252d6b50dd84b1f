import nx from '@nx/eslint-plugin';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

// Apps use domain and platform libraries; domain code uses domain and platform; platform code
// stays below everything. Tests and their harnesses may also use the testing library.
const layers = {
  'type:app': ['type:domain', 'type:platform'],
  'type:domain': ['type:domain', 'type:platform'],
  'type:platform': ['type:platform'],
  'type:testing': ['type:domain', 'type:platform', 'type:testing'],
  // The browser app stands alone: it talks to the API over HTTP only.
  'type:web': [],
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
    // The web app: every string a person reads comes from the locale files, never a literal.
    files: ['apps/web/src/**/*.tsx'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: false, ignoreProps: true, allowedStrings: ['·', '—', '#', '/', '(', ')', ':', '×', '…'] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|title|placeholder|alt|label|description|aria-description)$/] > Literal[value=/[A-Za-z]/]',
          message: 'Text people read comes from the locale files: use t().',
        },
      ],
    },
  },
  {
    // Vite's configuration runs in Node at build time.
    files: ['apps/web/vite.config.mts'],
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
  {
    // The browser tests run the whole deployment in one process: the API (serving the web app)
    // and the worker, through their own test harnesses.
    files: ['apps/web/test/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
