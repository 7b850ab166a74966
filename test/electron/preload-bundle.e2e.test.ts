import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';

// A sandboxed preload cannot import files or Node modules: it must be one CommonJS file whose only
// require is 'electron' (esbuild.config.mjs). Checked on the built bundle, which test/support/global-setup.ts
// makes sure exists, because the source may import shared/ freely.
describe('the built preload (out/preload/preload.cjs)', () => {
  const bundle = readFileSync(path.join(ROOT, 'out', 'preload', 'preload.cjs'), 'utf8');

  it('requires only electron', () => {
    const required = [...bundle.matchAll(/\brequire\s*\(\s*(["'`])([^"'`]*)\1\s*\)/g)].map((m) => m[2]);
    expect(required).toEqual(['electron']);
    expect(bundle).not.toMatch(/\brequire\s*\(\s*[^"'`\s]/); // no computed require(name)
  });

  it('is CommonJS, with no import statements or dynamic import()', () => {
    expect(bundle).not.toMatch(/^\s*(import|export)\b/m);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });
});
