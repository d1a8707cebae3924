// Lint: TypeScript-aware rules for .ts and .astro files; zero warnings allowed (npm run check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Code says what happens when a value is missing (a named error), never `!`.
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // Tests assert presence first (expect(x).toBeDefined()), then read it.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
