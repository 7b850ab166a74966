// @ts-check
/**
 * The release list that Electronegativity's "available security fixes" check reads, written from
 * data on this machine instead of fetched: the check downloads Electron's release notes from the
 * internet, which the build must never do.
 *
 * Source: the `electron-to-chromium` package (a devDependency, republished with every Electron
 * release), whose `full-versions.json` lists every Electron version. It carries no release notes,
 * so every newer stable release of the installed version's line is marked as carrying security
 * fixes: Electron's stable patch releases routinely ship Chromium security backports, and a
 * reviewer would rather be told once too often. The list is as fresh as the lock file's
 * electron-to-chromium: update both together (`npm update electron electron-to-chromium`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The check takes the part after "releases." as the list's etag: any 40 hex digits will do. */
export const RELEASE_LIST_ETAG = '0'.repeat(40);

/**
 * Stable versions, newest first, as the check expects.
 * @param {string} root the repository root
 */
export function stableElectronVersions(root) {
  const file = path.join(root, 'node_modules', 'electron-to-chromium', 'full-versions.json');
  const versions = Object.keys(JSON.parse(readFileSync(file, 'utf8'))).filter((v) => /^\d+\.\d+\.\d+$/.test(v));
  // Zero-padded parts sort as text in version order: 45.10.0 after 45.9.3.
  const key = (/** @type {string} */ v) =>
    v
      .split('.')
      .map((n) => n.padStart(6, '0'))
      .join('.');
  return versions.sort((a, b) => key(b).localeCompare(key(a)));
}

/**
 * Writes `releases.<etag>.json` into `dir` in the shape the check reads
 * (`version`, `tag_name`, `body`, `npm_dist_tags`) and returns the path.
 * @param {string} root the repository root
 * @param {string} dir where the check looks for the list
 */
export function writeReleaseList(root, dir) {
  const versions = stableElectronVersions(root);
  const releases = versions.map((version, i) => ({
    version,
    tag_name: `v${version}`,
    body: '# Security\n(assumed for every stable release; see test/tools/electron-release-list.mjs)',
    npm_dist_tags: i === 0 ? ['latest'] : [],
  }));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `releases.${RELEASE_LIST_ETAG}.json`);
  writeFileSync(file, JSON.stringify(releases));
  return file;
}
