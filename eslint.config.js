// Lint: TypeScript-aware rules for .ts and .astro files; zero warnings allowed (npm run check).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default [
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { URL: 'readonly', console: 'readonly', process: 'readonly', document: 'readonly', window: 'readonly', location: 'readonly', history: 'readonly', DOMParser: 'readonly', HTMLElement: 'readonly', HTMLInputElement: 'readonly', HTMLOListElement: 'readonly', DocumentFragment: 'readonly', Response: 'readonly', fetch: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', localStorage: 'readonly', matchMedia: 'readonly', performance: 'readonly', customElements: 'readonly', Intl: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
];
