// Lint rules for the whole monorepo: typescript-eslint's type-checked rules, React hooks in
// the web app, and settings read from the environment only through @voxly/config/server.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const testFiles = ['**/test/**', '**/e2e/**', 'bench/**', '**/scripts/**', '**/eval/**', '**/*.config.ts', 'vitest.workspace.ts'];

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'test-artifacts/**', '**/.voxly-data/**', 'packages/api/drizzle/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'vitest.workspace.ts', '.dependency-cruiser.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: globals.node,
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read settings through @voxly/config/server (packages/config/src/env.ts), the one place that reads the environment.',
        },
      ],
    },
  },
  // The environment module is where settings are read; tests, benchmarks and scripts set up their own.
  { files: ['packages/config/src/env.ts', ...testFiles], rules: { 'no-restricted-properties': 'off' } },
  // Tests assert on what they just made: a non-null assertion there is a checked expectation, and
  // loosely typed JSON bodies are what the assertions are for.
  {
    files: testFiles,
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Socket frames and mocked bodies are Buffers and strings: their toString is the point.
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
);
