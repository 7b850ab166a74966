// @ts-check
/**
 * ESLint (flat config), part of `npm test` with zero warnings allowed (`npm run lint`).
 * Besides the usual checks it enforces the layering (which folder may import what) and forbids
 * import cycles. `test/tools/check-layers.mjs` still checks what lint rules cannot see:
 * `require()` and dynamic `import()` across layers.
 * A rule is only ever turned off with a comment saying why.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { layerRules } from './test/tools/layer-rules.mjs';

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'test-results/**', 'node_modules/**', 'test/tools/layer-fixtures/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // import-x must parse TypeScript dependencies itself to follow cycles through them.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Off: this code matches control characters on purpose, to refuse or escape them (log
      // forging, SOAP envelopes, TPAM command quoting, file names), and its tests feed them in.
      'no-control-regex': 'off',
    },
  },
  {
    // Type-aware rules where the product runs; tests get the syntactic rules only (faster).
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Plain JavaScript tools and the example plugin: not part of a TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  ...layerRules,
  prettier,
);
