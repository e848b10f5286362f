// ESLint (flat config). Formatting is Prettier's job (`prettier --check` in `npm run lint`), so
// no stylistic rules here. What it enforces:
// - typescript-eslint's type-checked recommended rules on the TypeScript files (the .astro files
//   get the untyped rules: their type information is `astro check`'s job);
// - the layers of the README's architecture (docs/arkitektur.md) as import boundaries;
// - no import cycles.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/lib/, lowest first. A folder may import its own files and those of lower
 * levels, never one of its level or above: pure helpers at the bottom, view-models and the
 * files made from them at the top.
 */
const LIB_LEVELS = [['core'], ['content'], ['history', 'import', 'search'], ['views'], ['charts', 'open-data']];

/** Imports no file of src/lib/ may make: they do I/O or need Astro, which src/data/ and pages do. */
const LIB_FORBIDDEN = [
  // `astro/zod` is only the validation library, so it stays allowed; `astro:content` and the like
  // are the build's modules.
  { group: ['astro:*'], message: 'src/lib/ är rent: Astros moduler används i src/data/ och sidorna.' },
  {
    group: ['node:fs', 'node:fs/*', 'fs', 'fs/*'],
    message: 'src/lib/ läser inga filer: det gör src/data/ och scripts/.',
  },
  {
    group: ['node:child_process', 'child_process'],
    message: 'src/lib/ startar inga processer: det gör src/data/ och scripts/.',
  },
  { group: ['**/data/*', '#data/*'], message: 'src/lib/ får sina data som argument, inte från src/data/.' },
];

/** For each lib folder: the folders above or beside it, which it must not import. */
const libBoundaries = LIB_LEVELS.flatMap((level, index) =>
  level.map((folder) => {
    const banned = LIB_LEVELS.slice(index)
      .flat()
      .filter((other) => other !== folder);
    return {
      files: [`src/lib/${folder}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...LIB_FORBIDDEN,
              ...(banned.length > 0
                ? [
                    {
                      regex: `(^#lib/|^\\.\\./(\\.\\./lib/)?)(${banned.join('|')})/`,
                      message: `src/lib/${folder}/ ligger under ${banned.join(', ')} i lagren (se docs/arkitektur.md) och importerar dem inte.`,
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'public/', 'content/', 'test/fixtures/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x follows imports through the .ts files too (package.json's `#lib/*` resolves).
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [importX.createNodeResolver()],
    },
    rules: {
      // Unused names are type errors already (noUnusedLocals); `_` marks one left out on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // A cast or a `!` tells the compiler to trust the writer; each one is worth a second look.
    // Not in the tests, where a wrong one fails the test that makes it.
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-assertions': ['warn', { assertionStyle: 'never' }],
      '@typescript-eslint/no-non-null-assertion': 'warn',
    },
  },
  {
    // Tests read JSON, YAML and HTML they have just built and assert on it: an `any` there is
    // checked by the assertion that reads it, and typing every parsed fixture would add casts, not safety.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // A stand-in for an async API (Pagefind's) keeps that API's async shape without awaiting.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The .astro and plain JavaScript files are not in the TypeScript program the typed rules need.
    files: ['**/*.astro', '**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // An endpoint that renders an .astro component: plain TypeScript (and so the typed rules)
    // sees the component as an unresolved type; `astro check` types it.
    files: ['src/pages/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-argument': 'off' },
  },
  ...libBoundaries,
  {
    // Components draw what they are given; a type from src/data/ may name a prop's shape.
    // (Layouts are the pages' frame and read the site's data like a page.)
    files: ['src/components/**', 'src/charts/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/data/*'],
              allowTypeImports: true,
              message: 'En komponent får färdiga props; sidan läser src/data/.',
            },
          ],
        },
      ],
    },
  },
);
