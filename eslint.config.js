// @ts-check
import js from '@eslint/js';
import jsdoc from 'eslint-plugin-jsdoc';
import tsdoc from 'eslint-plugin-tsdoc';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'docs/api/**', '.tmp/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['.ci/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union from a zod enum and a label table instead of enum.' },
      ],
    },
  },
  {
    // The library itself: pure, documented, no globals.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    plugins: { jsdoc, tsdoc },
    rules: {
      'tsdoc/syntax': 'error',
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: { FunctionDeclaration: true, ClassDeclaration: true, MethodDefinition: false },
          contexts: ['TSInterfaceDeclaration', 'TSTypeAliasDeclaration', 'ExportNamedDeclaration > VariableDeclaration'],
        },
      ],
      'jsdoc/require-example': ['error', { contexts: ['ExportNamedDeclaration > FunctionDeclaration'] }],
      'jsdoc/require-returns': ['error', { contexts: ['ExportNamedDeclaration > FunctionDeclaration'] }],
      'jsdoc/require-param': ['error', { contexts: ['ExportNamedDeclaration > FunctionDeclaration'], checkDestructured: false }],
      'jsdoc/check-param-names': ['error', { checkDestructured: false }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'node:fs', message: 'The library is pure: no file system outside src/cli.' },
            { name: 'fs', message: 'The library is pure: no file system outside src/cli.' },
            {
              name: 'zod',
              message: "The library uses zod/mini (classic zod adds ≈20 kB gzip to every bundle): import * as z from 'zod/mini'.",
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '"now" is a parameter: never read the clock in the library.' },
        { object: 'Math', property: 'random', message: 'No randomness in the library: take a seed.' },
        { object: 'z', property: 'config', message: 'z.config is global: pass a locale per parse instead.' },
      ],
      'no-restricted-globals': ['error', { name: 'console', message: 'No console in the library.' }],
      'no-console': 'error',
    },
    settings: { jsdoc: { mode: 'typescript' } },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a literal union from a zod enum and a label table instead of enum.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: '"now" is a parameter: never read the clock in the library.' },
        { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: "Use `import * as z from 'zod'`: the named `z` import bundles every zod locale." },
      ],
    },
  },
);
