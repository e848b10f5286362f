// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules (not type-aware,
// so it stays quick), and eslint-plugin-astro's for the .astro files. Formatting is Prettier's
// job (`prettier --check` in `npm run lint`), so no stylistic rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'content/', 'test/fixtures/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused names are type errors already (noUnusedLocals); `_` marks one left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
