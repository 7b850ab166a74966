import path from 'node:path';
import { ESLint } from 'eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';
import { layerRules } from './layer-rules.mjs';

// Each layering rule of eslint.config.mjs, shown failing on a file that breaks it and passing on
// one that keeps it. The files are virtual (lintText) but sit where they would in the tree, and
// they import real files, so paths resolve exactly as in the repository.
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: ['**/*.{ts,tsx}'],
      languageOptions: { parser: tseslint.parser },
      plugins: { 'import-x': importX },
      settings: {
        'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
        'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
        'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      },
    },
    ...(layerRules as object[]),
  ],
});

async function problems(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layering lint rules', () => {
  it.each([
    ['shared/fixture.ts', "import fs from 'node:fs';", 'no-restricted-imports'],
    ['shared/fixture.ts', "import { z } from 'zustand';", 'no-restricted-imports'],
    ['shared/fixture.ts', "import { openCore } from '../electron/core/open-core';", 'import-x/no-restricted-paths'],
    ['renderer/src/fixture.ts', "import { ipcRenderer } from 'electron';", 'no-restricted-imports'],
    ['renderer/src/fixture.ts', "import path from 'node:path';", 'import-x/no-nodejs-modules'],
    [
      'renderer/src/fixture.ts',
      "import { openCore } from '../../electron/core/open-core';",
      'import-x/no-restricted-paths',
    ],
    ['electron/core/fixture.ts', "import { app } from 'electron';", 'no-restricted-imports'],
    [
      'electron/core/fixture.ts',
      "import { createTpamPlugin } from '../plugins/tpam/tpam-plugin';",
      'import-x/no-restricted-paths',
    ],
    ['electron/core/fixture.ts', "import { runCli } from '../cli/program';", 'import-x/no-restricted-paths'],
    ['electron/core/fixture.ts', "import '../main';", 'import-x/no-restricted-paths'],
    [
      'electron/plugins/tpam/fixture.ts',
      "import { openCore } from '../../core/open-core';",
      'import-x/no-restricted-paths',
    ],
    [
      'electron/plugins/tpam/fixture.ts',
      "import { createSecretServerPlugin } from '../secret-server/secret-server-plugin';",
      'import-x/no-restricted-paths',
    ],
    ['electron/plugins/tpam/fixture.ts', "import { BrowserWindow } from 'electron';", 'no-restricted-imports'],
    ['electron/cli/fixture.ts', "import { app } from 'electron';", 'no-restricted-imports'],
    ['electron/cli/fixture.ts', "import '../main';", 'import-x/no-restricted-paths'],
  ])('%s: %s is refused by %s', async (file, source, rule) => {
    const found = await problems(file, source);
    expect(
      found.some((p) => p.startsWith(`${rule}:`)),
      found.join('\n') || 'no problem reported',
    ).toBe(true);
  });

  it.each([
    ['shared/fixture.ts', "import { z } from 'zod';\nimport { EcmError } from './errors';"],
    ['renderer/src/fixture.ts', "import { create } from 'zustand';\nimport { EcmError } from '../../shared/errors';"],
    ['electron/core/fixture.ts', "import fs from 'node:fs';\nimport { EcmError } from '../../shared/errors';"],
    [
      'electron/plugins/tpam/fixture.ts',
      "import { parseKnownHosts } from './known-hosts';\nimport { EcmError } from '../../../shared/errors';",
    ],
    [
      'electron/cli/fixture.ts',
      "import { openCore } from '../core/open-core';\nimport { builtinPlugins } from '../plugins/builtin-plugins';",
    ],
    ['electron/main.ts', "import { app } from 'electron';\nimport { openCore } from './core/open-core';"],
  ])('%s may import what its layer allows', async (file, source) => {
    expect(await problems(file, source)).toEqual([]);
  });
});
