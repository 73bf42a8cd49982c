import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'static/*/build/',
      'data/',
      'coverage/',
      'test-results/',
      '**/*.cjs',
      '.shot.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          'newlines-between': 'always-and-inside-groups',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']",
          message: 'Remove .only before committing.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  // Dependency direction (STYLE.md 2.1): domain is pure; only storage touches KVS; only jira calls REST.
  {
    files: ['src/domain/**'],
    rules: restrict(
      ['@forge/*', '../storage/*', '../jira/*', '../services/*', '../resolvers/*', 'react'],
      'domain/ is pure: no I/O, no Forge, no React.',
    ),
  },
  {
    files: ['src/services/**'],
    rules: restrict(
      ['@forge/*', '../storage/*', '../jira/*', '../resolvers/*'],
      'services/ reach storage and Jira through the ports passed in.',
    ),
  },
  {
    files: ['src/shared/**'],
    rules: restrict(
      [
        '@forge/*',
        '../domain/*',
        '../services/*',
        '../storage/*',
        '../jira/*',
        '../resolvers/*',
        '../platform/*',
      ],
      'shared/ is the contract: pure and dependency-free.',
    ),
  },
  {
    files: ['src/storage/**'],
    rules: restrict(
      ['@forge/api', '@forge/resolver', '../jira/*', '../resolvers/*'],
      'storage/ only talks to KVS.',
    ),
  },
  {
    files: ['src/jira/**'],
    rules: restrict(
      ['@forge/kvs', '@forge/resolver', '../storage/*', '../resolvers/*'],
      'jira/ only talks to Jira REST.',
    ),
  },
  {
    files: ['src/**'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/local/*', '**/static/*', '**/test/*'],
              message: 'src/ never imports the local host, front ends or tests.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['static/**'],
    rules: restrict(
      [
        '@forge/api',
        '@forge/kvs',
        '@forge/resolver',
        '**/src/domain/*',
        '**/src/services/*',
        '**/src/storage/*',
        '**/src/jira/*',
        '**/src/resolvers/*',
        '**/src/platform/*',
        '**/local/*',
      ],
      'Front ends import only src/shared (via @shared) and @forge/bridge.',
    ),
  },
  {
    files: ['src/platform/logger.ts', 'scripts/**', 'local/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
