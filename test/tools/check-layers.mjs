#!/usr/bin/env node
// @ts-check
/**
 * The layering check (run by `npm run check:layers` and by `npm test`): fails the build when
 * code imports across a layer it may not reach. Layers, as in VS Code's code-layering rule:
 *   shared/                          → nothing but itself and zod (no Node, no Electron, no React)
 *   electron/core, plugins, cli      → shared and Node; never 'electron' or the Electron shell
 *   renderer/                        → shared and browser libraries; never Node built-ins or 'electron'
 *   electron/preload.ts              → 'electron' and shared only
 * Imports are read with TypeScript's own pre-processor (static, dynamic and require()).
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

/** @param {string} spec */
function isNodeBuiltin(spec) {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0] ?? '');
}

/** @param {string} spec */
function isElectron(spec) {
  return (
    spec === 'electron' ||
    spec.startsWith('electron/') ||
    spec === 'electron-log/main' ||
    spec === 'electron-log/renderer' ||
    spec === 'electron-log/preload'
  );
}

/**
 * @typedef {{ file: string, line: number, spec: string, rule: string }} Violation
 * @typedef {{ name: string, applies: (rel: string) => boolean, check: (spec: string, target: string | null) => string | null }} Rule
 */

/** Paths are relative to the root, with forward slashes. @type {Rule[]} */
const RULES = [
  {
    name: 'shared',
    applies: (rel) => rel.startsWith('shared/'),
    check: (spec, target) => {
      if (isElectron(spec)) return 'shared/ may not import Electron';
      if (isNodeBuiltin(spec)) return 'shared/ may not import Node built-ins (it runs in the renderer too)';
      if (target !== null && !target.startsWith('shared/')) return 'shared/ may import only shared/';
      if (target === null && spec !== 'zod') return 'shared/ may import only zod from packages';
      return null;
    },
  },
  {
    name: 'core',
    applies: (rel) => /^electron\/(core|plugins|cli)\//.test(rel),
    check: (spec, target) => {
      if (isElectron(spec)) return 'plain-Node code (core, plugins, cli) may not import Electron';
      if (target !== null && (target.startsWith('renderer/') || isShell(target))) {
        return 'plain-Node code may not import the Electron shell or the renderer';
      }
      return null;
    },
  },
  {
    name: 'renderer',
    applies: (rel) => rel.startsWith('renderer/'),
    check: (spec, target) => {
      if (isElectron(spec)) return 'the renderer may not import Electron (use window.ecm)';
      if (isNodeBuiltin(spec)) return 'the renderer may not import Node built-ins';
      if (target !== null && target.startsWith('electron/')) return 'the renderer may not import main-process code';
      return null;
    },
  },
  {
    name: 'preload',
    applies: (rel) => rel === 'electron/preload.ts',
    check: (spec, target) => {
      if (spec === 'electron') return null;
      if (target !== null && target.startsWith('shared/')) return null;
      return 'the sandboxed preload may import only electron and shared/';
    },
  },
];

/** @param {string} rel */
function isShell(rel) {
  // electron/main.ts, preload.ts, ipc.ts (imported with or without extension) and electron/services/.
  const topLevelFile = /^electron\/[^/]+$/.test(rel) && !/^electron\/(core|plugins|cli)$/.test(rel);
  return topLevelFile || rel.startsWith('electron/services/');
}

/** @param {string} dir @param {string} root @returns {string[]} */
function walk(dir, root) {
  /** @type {string[]} */
  const out = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, root));
    else if (SOURCE.test(name)) out.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return out;
}

/**
 * @param {string} root
 * @param {string[]} [dirs]
 * @returns {Violation[]}
 */
export function checkLayers(root, dirs = ['shared', 'electron', 'renderer']) {
  /** @type {Violation[]} */
  const violations = [];
  for (const dir of dirs) {
    const abs = path.join(root, dir);
    let exists = false;
    try {
      exists = statSync(abs).isDirectory();
    } catch {
      exists = false;
    }
    if (!exists) continue;
    for (const rel of walk(abs, root)) {
      const rules = RULES.filter((r) => r.applies(rel));
      if (rules.length === 0) continue;
      const text = readFileSync(path.join(root, rel), 'utf8');
      const info = ts.preProcessFile(text, true, true);
      for (const ref of info.importedFiles) {
        const spec = ref.fileName;
        const target = spec.startsWith('.')
          ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec))
          : null;
        for (const rule of rules) {
          const problem = rule.check(spec, target);
          if (problem) {
            const line =
              ts.getLineAndCharacterOfPosition(ts.createSourceFile(rel, text, ts.ScriptTarget.Latest), ref.pos).line +
              1;
            violations.push({ file: rel, line, spec, rule: problem });
          }
        }
      }
    }
  }
  return violations;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..'));
  const violations = checkLayers(root);
  for (const v of violations) console.error(`${v.file}:${v.line}: imports '${v.spec}': ${v.rule}`);
  if (violations.length > 0) {
    console.error(`Layering check failed: ${violations.length} violation(s).`);
    process.exit(1);
  }
  console.log('Layering check passed: shared, core, plugins, cli and renderer import only what their layer allows.');
}
