// @ts-check
/**
 * The layering, as ESLint rules (used by eslint.config.mjs; each rule has a fixture test in
 * test/tools/layer-rules.test.ts). Layers, as in VS Code's code-layering rule:
 *   shared/            → itself and zod only (it runs in the renderer and in Node)
 *   renderer/          → shared/ and browser libraries; never Node built-ins, Electron or electron/
 *   electron/core/     → shared/, Node and packages; never Electron, plugins/, cli/ or the shell
 *   electron/plugins/X → shared/, its own folder and plugins/common/; never core/, cli/ or another plugin
 *   electron/cli/      → core/, plugins/, shared/; never Electron or the shell
 *   only the shell (main.ts, preload.ts, ipc.ts, services/) imports 'electron'
 * Paths are resolved, so '../../plugins/x' and 'electron/plugins/x' are the same thing.
 */

const ELECTRON = {
  group: ['electron', 'electron/*', 'electron-log/main', 'electron-log/renderer', 'electron-log/preload'],
  message: 'Only the Electron shell (electron/main.ts, preload.ts, ipc.ts, services/) may import Electron.',
};

const SHELL = ['./electron/main.ts', './electron/preload.ts', './electron/ipc.ts', './electron/services'];

/**
 * One `no-restricted-paths` zone: files under `target` may not import from `from`.
 * @param {string} target
 * @param {string[]} from
 * @param {string} message
 * @param {string[]} [except] paths relative to each `from` that stay allowed
 */
function zone(target, from, message, except) {
  return except ? { target, from, message, except } : { target, from, message };
}

/** @type {import('eslint').Linter.Config[]} */
export const layerRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.)',
              message: 'shared/ may import only zod and shared/ (it runs in the renderer and in Node).',
            },
          ],
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        { zones: [zone('./shared', ['./electron', './renderer', './test'], 'shared/ may import only shared/.')] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ ...ELECTRON, message: 'The renderer talks to the main process only through window.ecm.' }] },
      ],
      'import-x/no-nodejs-modules': ['error'],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './renderer',
              ['./electron', './test'],
              'The renderer may not import main-process code; use window.ecm.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './electron/core',
              ['./electron/plugins', './electron/cli', ...SHELL, './renderer'],
              'electron/core/ may not import plugins, the CLI, the Electron shell or the renderer.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/plugins/*/**/*.ts'],
    ignores: ['electron/plugins/common/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: ['secret-server', 'tpam'].map((name) =>
            zone(
              `./electron/plugins/${name}`,
              ['./electron', './renderer'],
              'A plugin imports only shared/, its own folder and electron/plugins/common/.',
              [`./plugins/${name}`, './plugins/common'],
            ),
          ),
        },
      ],
    },
  },
  {
    files: ['electron/plugins/common/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone(
              './electron/plugins/common',
              ['./electron', './renderer'],
              'plugins/common/ imports only shared/ and itself.',
              ['./plugins/common'],
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/plugins/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [ELECTRON] }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            zone('./electron/cli', [...SHELL, './renderer'], 'The CLI is plain Node: no Electron shell, no renderer.'),
          ],
        },
      ],
    },
  },
];
