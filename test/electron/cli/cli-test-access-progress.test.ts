import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/program';
import { useSecretServerPlugin } from '../../support/secret-server-plugin-fixture';

// In-process, so that standard error can be a terminal: the live progress line appears only then.
describe('ecm-configurator test-access progress line', () => {
  const fixture = useSecretServerPlugin();

  async function cli(errIsTerminal: boolean) {
    const dir = fixture.tempDir();
    const settingsFile = path.join(dir, 'ss.json');
    writeFileSync(settingsFile, JSON.stringify(fixture.settings()));
    let stdout = '';
    let stderr = '';
    const io = { out: (t: string) => void (stdout += t), err: (t: string) => void (stderr += t), errIsTerminal };
    const endpoints = Array.from({ length: 12 }, (_, i) => `host${i}`).join(',');
    const args = ['test-access', '--plugin', 'secret-server', '--settings', settingsFile, '--data-dir', dir];
    const code = await runCli([...args, '--users', 'CORP\\alice', '--endpoints', endpoints, '--csv'], io, {});
    return { code, stdout, stderr };
  }

  it('draws done/total on a terminal and clears it at the end; nothing when standard error is not one', async () => {
    fixture.sim().setLatency(120);
    const tty = await cli(true);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/\r\u001b\[K\d+\/12 pairs, \d+\.\d s/);
    expect(tty.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(tty.stdout).not.toContain('\r');
    const piped = await cli(false);
    expect(piped.code).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(tty.stdout.replace(/\r?\n/g, '\n'));
  });
});
