import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';
import { useTempDirs } from '../support/temp-dir';
import { checkLayers } from './check-layers.mjs';

type Violation = { file: string; spec: string; rule: string };

describe('layering check', () => {
  const tempDir = useTempDirs();

  function tree(files: Record<string, string>): string {
    const root = tempDir();
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(path.join(root, path.dirname(rel)), { recursive: true });
      writeFileSync(path.join(root, rel), text);
    }
    return root;
  }

  it('passes on this repository', () => {
    expect(checkLayers(ROOT)).toEqual([]);
  });

  it('catches every forbidden import', () => {
    const root = tree({
      'electron/core/a.ts': "import { app } from 'electron';",
      'electron/plugins/b.ts': "const e = require('electron');",
      'electron/cli/c.ts': "import '../main';",
      'shared/d.ts': "import fs from 'node:fs';",
      'shared/e.ts': "import { x } from '../electron/core/x';",
      'renderer/src/f.tsx': "import path from 'path';",
      'renderer/src/g.tsx': "const m = await import('electron');",
      'renderer/src/h.tsx': "import { openCore } from '../../electron/core/open-core';",
      'electron/preload.ts': "import { z } from 'zod';",
      'electron/core/ok.ts': "import fs from 'node:fs'; import { z } from 'zod'; import '../../shared/errors';",
      'renderer/src/ok.tsx': "import { create } from 'zustand'; import '../../shared/errors';",
    });
    const found = (checkLayers(root) as Violation[]).map((v) => `${v.file} ${v.spec}`).sort();
    expect(found).toEqual(
      [
        'electron/cli/c.ts ../main',
        'electron/core/a.ts electron',
        'electron/plugins/b.ts electron',
        'electron/preload.ts zod',
        'renderer/src/f.tsx path',
        'renderer/src/g.tsx electron',
        'renderer/src/h.tsx ../../electron/core/open-core',
        'shared/d.ts node:fs',
        'shared/e.ts ../electron/core/x',
      ].sort(),
    );
  });
});
