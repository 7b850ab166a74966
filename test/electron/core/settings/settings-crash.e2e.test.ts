import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { parseSettingsDoc } from '../../../../electron/core/settings/settings-document';
import { CLI } from '../../../support/run-cli';
import { VAULT_PLUGIN_MODULE, vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const SAVES = 200;

/** A tiny seeded generator, so a failing run can be replayed with the printed seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Runs `config import` in its own process; kills it with SIGKILL after `killAfterMs` unless it ends first. */
function importOnce(dataDir: string, file: string, killAfterMs: number): Promise<{ killed: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      process.execPath,
      [CLI, 'config', 'import', file, '--data-dir', dataDir, '--plugin-module', VAULT_PLUGIN_MODULE],
      { stdio: 'ignore' },
    );
    let killed = false;
    const timer = setTimeout(() => {
      killed = child.kill('SIGKILL');
    }, killAfterMs);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ killed, ms: performance.now() - started });
    });
  });
}

describe('crash-safe settings', () => {
  const tempDir = useTempDirs();

  it(`keeps the settings file whole, old or new, when the CLI is killed at random moments during ${SAVES} saves`, async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'import.json');
    const write = (i: number) =>
      writeFileSync(
        file,
        JSON.stringify({
          format: 'ecm-configurator-settings',
          version: 1,
          plugins: { 'static-vault': vaultSettings({ apiUser: `user-${i}`, notes: 'x'.repeat(20_000 + i) }) },
        }),
      );
    write(0);
    await importOnce(dataDir, file, 30_000);
    // How long a whole import takes now. Measured again every 20 saves (saving the committed
    // value once more): on a shared machine the time drifts, and kills timed from an old figure
    // would all land before or after the save.
    const timings: number[] = [];
    const calibrate = async (committedUser: number) => {
      write(committedUser);
      timings.push((await importOnce(dataDir, file, 30_000)).ms);
    };
    for (let i = 0; i < 3; i++) await calibrate(0);
    const recentFull = () => [...timings.slice(-3)].sort((a, b) => a - b)[1] ?? timings[0]!;
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    const next = random(seed);
    let committed = 'user-0';
    let kills = 0;
    let completed = 0;
    for (let i = 1; i <= SAVES; i++) {
      if (i % 20 === 0) await calibrate(Number(committed.slice('user-'.length)));
      const full = recentFull();
      write(i);
      // Mostly in the last part of the run, where the core reads, seals and writes.
      const { killed } = await importOnce(dataDir, file, full * (0.5 + 0.6 * next()));
      if (killed) kills++;
      const parsed = parseSettingsDoc(readFileSync(path.join(dataDir, 'settings.json'), 'utf8'));
      expect(parsed.ok, `seed ${seed}, save ${i}: the settings file does not load`).toBe(true);
      if (!parsed.ok) return;
      const apiUser = parsed.doc.plugins['static-vault']?.values.apiUser;
      expect([committed, `user-${i}`], `seed ${seed}, save ${i}`).toContain(apiUser);
      if (apiUser === `user-${i}`) {
        committed = apiUser;
        completed++;
      }
    }
    // Both outcomes happened, so the kills really landed during saves.
    expect(kills).toBeGreaterThan(SAVES / 10);
    expect(completed).toBeGreaterThan(SAVES / 10);
    console.log(
      `[crash-safe settings] seed ${seed}: ${kills} of ${SAVES} imports killed, ${completed} saved; the file always loaded whole.`,
    );
    // 200 CLI processes: a guard sized for a busy 2-core machine (about 1.7 s per import there).
  }, 600_000);
});
