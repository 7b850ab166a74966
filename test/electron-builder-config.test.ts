import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked the way electron-builder checks it, without building anything:
 * parsed with js-yaml's `load` (what app-builder-lib's config loader calls) and validated
 * against the JSON schema electron-builder ships (app-builder-lib/scheme.json, draft-07) with
 * ajv. electron-builder's own validator adds `coerceTypes: true`; this one does not, so a
 * string where a boolean belongs fails here even where electron-builder would let it pass.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const requireCjs = createRequire(import.meta.url);
// js-yaml is electron-builder's own dependency (hoisted to node_modules/js-yaml) and ships no
// types; the one function used here is typed by hand.
const { load } = requireCjs('js-yaml') as { load(text: string): unknown };

type Json = Record<string, unknown>;

interface BuilderConfig {
  files: string[];
  asar: boolean;
  npmRebuild: boolean;
  electronFuses: Json;
  win: { target: { target: string; arch: string[] }[]; executableName: string };
  nsis: Json & { artifactName: string };
  linux: { target: string[] };
}

describe('electron-builder.yml', () => {
  let scheme: { additionalProperties?: unknown; properties: Json; definitions: Record<string, Json> };
  let validate: ValidateFunction;
  let raw: unknown;
  let config: BuilderConfig;

  beforeAll(() => {
    scheme = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8'));
    validate = new Ajv({ allErrors: true, strict: false }).compile(scheme);
    raw = load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
    config = raw as BuilderConfig;
  });

  function errorsOf(value: unknown): ErrorObject[] {
    return validate(value) ? [] : [...(validate.errors ?? [])];
  }

  function describeErrors(errors: ErrorObject[]): string[] {
    return errors.map((e) => `${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
  }

  /** A deep copy of the parsed file with `change` applied. */
  function variant(change: (copy: Json) => void): Json {
    const copy = structuredClone(raw) as Json;
    change(copy);
    return copy;
  }

  it('is valid against the schema electron-builder ships', () => {
    expect(describeErrors(errorsOf(raw))).toEqual([]);
  });

  it('sits in parts of the schema that refuse unknown keys', () => {
    expect(scheme.additionalProperties).toBe(false);
    const sections: [string, string][] = [
      ['nsis', 'NsisOptions'],
      ['electronFuses', 'FuseOptionsV1'],
      ['win', 'WindowsConfiguration'],
      ['linux', 'LinuxConfiguration'],
      ['directories', 'MetadataDirectories'],
    ];
    for (const [key, definition] of sections) {
      expect(JSON.stringify(scheme.properties[key]), key).toContain(`#/definitions/${definition}`);
      expect(scheme.definitions[definition]?.additionalProperties, definition).toBe(false);
    }
  });

  it('fails on a misspelled key, naming it', () => {
    const typos: [string, (c: Json) => void][] = [
      ['/nsis perMachin', (c) => ((c.nsis as Json).perMachin = true)],
      ['/electronFuses runAsnode', (c) => ((c.electronFuses as Json).runAsnode = false)],
      ['/win executablename', (c) => ((c.win as Json).executablename = 'x')],
      ['/ npmRebuilt', (c) => (c.npmRebuilt = false)],
    ];
    for (const [expected, change] of typos) {
      const named = errorsOf(variant(change))
        .filter((e) => e.keyword === 'additionalProperties')
        .map(
          (e) => `${e.instancePath || '/'} ${String((e.params as { additionalProperty?: string }).additionalProperty)}`,
        );
      expect(named, expected).toEqual([expected]);
    }
    // A wrong type fails too (no coercion here).
    expect(describeErrors(errorsOf(variant((c) => ((c.nsis as Json).perMachine = 'yes'))))).toContainEqual(
      expect.stringContaining('/nsis/perMachine: must be boolean'),
    );
  });

  it('builds a per-machine, assisted NSIS installer for x64 with a Start-menu shortcut', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.win.executableName).toBe('ECM Configurator');
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      createStartMenuShortcut: true,
      shortcutName: 'ECM Configurator',
    });
    // One-click only, but it must never say "delete": the data directory is kept on uninstall.
    expect(config.nsis.deleteAppDataOnUninstall).not.toBe(true);
  });

  it('names the installer with version and architecture', () => {
    const name = config.nsis.artifactName;
    expect(name).toContain('${version}');
    expect(name).toContain('${arch}');
    expect(name.endsWith('.${ext}')).toBe(true);
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const expanded = name.replace('${version}', version).replace('${arch}', 'x64').replace('${ext}', 'exe');
    expect(expanded).toBe(`ECM-Configurator-${version}-x64-setup.exe`);
  });

  it('sets every fuse deliberately', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
    // Every fuse electron-builder can set, except the macOS-only signature reset, is decided.
    const settable = Object.keys((scheme.definitions.FuseOptionsV1 as { properties: Json }).properties).filter(
      (k) => k !== 'resetAdHocDarwinSignature',
    );
    expect(Object.keys(config.electronFuses).sort()).toEqual(settable.sort());
  });

  it('packs the built bundles and package.json, without source maps, into app.asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', '!out/**/*.map', 'package.json']));
    expect(config.asar).toBe(true);
    // ssh2's optional native addons are left out (ssh2 falls back to pure JS), so nothing needs rebuilding.
    expect(config.npmRebuild).toBe(false);
    expect(config.files).toEqual(
      expect.arrayContaining([
        '!**/node_modules/ssh2/lib/protocol/crypto/build/**',
        '!**/node_modules/cpu-features/build/**',
      ]),
    );
  });

  it('builds AppImage and deb for Linux development machines', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
