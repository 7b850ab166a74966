#!/usr/bin/env node
// @ts-check
/**
 * The security scan (`npm run check:security`, part of `npm test`): Electronegativity over the
 * Electron shell and the renderer, scanned together so its app-wide checks see main.ts and
 * index.html. It exits 0 on findings by itself, so this gate fails the build on every finding that
 * is not in test/tools/security-allowlist.json with its reason.
 * Electronegativity fetches translations and Electron's release notes from the internet on every
 * run; both fetches are replaced by an immediate refusal, so the scan never leaves this machine.
 * Its "available security fixes" check reads instead a release list written from a package on this
 * machine (electron-release-list.mjs), and reports an Electron older than the newest release of its
 * line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RELEASE_LIST_ETAG, writeReleaseList } from './electron-release-list.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'runner.js'));
const offline = () => Promise.reject(new Error('offline: translations are not fetched'));
// The release-notes check asks for the remote list's etag; answering with our list's own etag
// tells it that the list on disk is current, so it reads that list and fetches nothing.
const head = async () => ({ headers: { etag: `"${RELEASE_LIST_ETAG}"` } });
require.cache[require.resolve('got')] = /** @type {any} */ ({
  id: 'got',
  loaded: true,
  exports: Object.assign(offline, { default: offline, head }),
});
// The release-notes check keeps its list in the directory that `temp-dir` names: ours, per scan.
const releaseDir = mkdtempSync(path.join(os.tmpdir(), 'ecm-electron-releases-'));
require.cache[require.resolve('temp-dir')] = /** @type {any} */ ({ id: 'temp-dir', loaded: true, exports: releaseDir });
process.on('exit', () => rmSync(releaseDir, { recursive: true, force: true }));
const run = require(/** @type {string} */ ('./runner.js'));

/** @typedef {{ id: string, file: string, reason: string }} Allowed */
/** @type {Allowed[]} */
const allowlist = JSON.parse(readFileSync(path.join(root, 'test', 'tools', 'security-allowlist.json'), 'utf8')).allowed;

/** @param {{ electronVersion?: string }} [options] another Electron version to judge (tests) */
export async function scan(options = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ecm-scan-'));
  try {
    cpSync(path.join(root, 'electron'), path.join(dir, 'electron'), { recursive: true });
    cpSync(path.join(root, 'renderer'), path.join(dir, 'renderer'), { recursive: true });
    const installed = JSON.parse(
      readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
    ).version;
    const electronVersion = options.electronVersion ?? installed;
    // The version check reads package.json: give it the exact installed version, not the range.
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'scan', devDependencies: { electron: electronVersion } }),
    );
    writeReleaseList(root, releaseDir);
    const result = await run({
      input: dir,
      output: null,
      isSarif: false,
      customScan: [],
      excludeFromScan: [],
      severitySet: null,
      confidenceSet: null,
      isRelative: true,
      electronUpgrade: null,
      electronVersionOverride: electronVersion,
      parserPlugins: ['typescript', 'jsx'],
    });
    /** @type {{ id: string, file: string, line: number, description: string }[]} */
    const findings = result.issues.map((/** @type {any} */ i) => ({
      id: i.id,
      file: path.relative(dir, path.resolve(dir, i.file)).split(path.sep).join('/'),
      line: i.location?.line ?? 0,
      description: i.description,
    }));
    const unexplained = findings.filter(
      (f) => !allowlist.some((a) => a.id === f.id && (a.file === '*' || a.file === f.file)),
    );
    const stale = allowlist.filter(
      (a) => !findings.some((f) => f.id === a.id && (a.file === '*' || a.file === f.file)),
    );
    return { findings, unexplained, stale, parseErrors: result.errors.filter((/** @type {any} */ e) => !e.tolerable) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { findings, unexplained, stale, parseErrors } = await scan();
  for (const f of unexplained) console.error(`${f.file}:${f.line}: ${f.id}: ${f.description}`);
  for (const e of parseErrors) console.error(`could not parse ${e.file}: ${e.message}`);
  for (const a of stale) console.error(`allow-list entry no longer needed: ${a.id} ${a.file}`);
  if (unexplained.length || parseErrors.length || stale.length) {
    console.error(
      `Security scan failed: ${unexplained.length} finding(s) not in the allow-list, ${parseErrors.length} parse error(s), ${stale.length} stale allow-list entr(y/ies).`,
    );
    process.exit(1);
  }
  console.log(
    `Security scan passed: Electronegativity found ${findings.length} item(s), each explained in test/tools/security-allowlist.json.`,
  );
}
