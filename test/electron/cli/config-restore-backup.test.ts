import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../electron/cli/output';
import { runCli } from '../../../electron/cli/program';
import { openCore } from '../../../electron/core/open-core';
import { staticVault, VAULT_PLUGIN_MODULE, vaultSettings } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

/**
 * `config restore-backup` run in-process with a terminal that answers, as an admin at a console
 * would (the spawned CLI in cli.e2e.test.ts covers standard input that is not a terminal, and --yes).
 */
describe('config restore-backup at a terminal', () => {
  const tempDir = useTempDirs();

  async function damaged() {
    const dataDir = path.join(tempDir(), 'data');
    const core = await openCore({ dataDir, plugins: [staticVault] });
    await core.settings.setActivePlugin('static-vault');
    await core.settings.save('static-vault', staticVault.settings, vaultSettings({ apiUser: 'first' }));
    await core.close();
    const file = path.join(dataDir, 'settings.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "activePlugin": "static-vault",\n  "plugins": {');
    return { file, args: ['config', 'restore-backup', '--data-dir', dataDir, '--plugin-module', VAULT_PLUGIN_MODULE] };
  }

  function terminal(answer: boolean) {
    const out: string[] = [];
    const err: string[] = [];
    const questions: string[] = [];
    const io: CliIo = {
      out: (t) => void out.push(t),
      err: (t) => void err.push(t),
      confirm: async (q) => {
        // The preview is on screen before the question.
        expect(out.join('')).toContain('Last good copy:');
        questions.push(q);
        return answer;
      },
    };
    return { io, out, err, questions };
  }

  it('shows the date, the active plugin and the comparison, then restores only on yes', async () => {
    const { file, args } = await damaged();
    const no = terminal(false);
    expect(await runCli(args, no.io, {})).toBe(1);
    expect(no.questions).toEqual(['Replace the current settings.json with this copy?']);
    expect(no.err.join('')).toContain('Nothing was restored.');
    expect(readFileSync(file, 'utf8')).toContain('"plugins": {');
    const shown = no.out.join('');
    expect(shown).toMatch(/ {2}written: {7}\d{4}-\d\d-\d\dT/);
    expect(shown).toContain('  active plugin: Static Vault (example) (static-vault)');
    expect(shown).toContain(
      'Current settings.json: damaged file cannot be read: not valid JSON: it ends too early, at line 4',
    );
    expect(shown).toContain('No plugin has saved settings in either file.');

    const yes = terminal(true);
    expect(await runCli(args, yes.io, {})).toBe(0);
    expect(yes.out.join('')).toContain('Settings restored from the last good copy');
    // The copy from before the save: the active plugin, no settings yet.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ activePlugin: 'static-vault', plugins: {} });
  });

  it('restores without asking with --yes', async () => {
    const { file, args } = await damaged();
    const io = terminal(false);
    expect(await runCli([...args, '--yes'], io.io, {})).toBe(0);
    expect(io.questions).toEqual([]);
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow();
  });
});
