import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const APP = { url: 'app://ecm/index.html', isTopFrame: true };
const MARKER_PASSWORD = 'Vault-API-pass-1'; // the API password in the fixture vault

describe('createApi through the dispatcher', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const dir = tempDir();
    const core = await openTestCore(dir);
    const responses: unknown[] = [];
    const inner = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
    const dispatch = async (channel: string, payload: unknown) => {
      const result = await inner(APP, channel, payload);
      responses.push(result);
      return result;
    };
    return { dir, core, dispatch, responses };
  }

  it('runs Test Settings with unsaved values and lists credentials with steps and durations', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings(),
      user: 'CORP\\alice',
      endpoint: 'ws01.corp.example',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { credentials: { id: string }[]; steps: { name: string; ok: boolean; ms: number }[] };
    expect(value.credentials.map((c) => c.id).sort()).toEqual(['101', '102', '201']);
    expect(value.steps.map((s) => s.name)).toEqual(['Open vault', 'Authenticate', 'Search credentials']);
    expect(value.steps.every((s) => s.ok && s.ms >= 0)).toBe(true);
  });

  it('uses the stored secret when the screen sends { stored: true }', async () => {
    const { dispatch } = await setup();
    await dispatch('saveSettings', { pluginId: 'static-vault', values: vaultSettings() });
    const result = await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: { ...vaultSettings(), apiPassword: { stored: true } },
      user: 'CORP\\bob',
      endpoint: 'ws01',
    });
    expect(result).toMatchObject({ ok: true, value: { credentials: [{ id: '101' }] } });
  });

  it('answers LOGIN_FAILED, PENDING_APPROVAL and CONNECT with their codes and the failing step', async () => {
    const { dispatch } = await setup();
    const base = { pluginId: 'static-vault', user: 'CORP\\alice', endpoint: 'ws01' };
    expect(
      await dispatch('testSettings', { ...base, values: vaultSettings({ apiPassword: 'wrong-password' }) }),
    ).toMatchObject({
      ok: false,
      error: { code: 'LOGIN_FAILED', step: 'Authenticate', serverText: 'Login failed.' },
    });
    expect(await dispatch('testSettings', { ...base, user: 'CORP\\pending', values: vaultSettings() })).toMatchObject({
      ok: false,
      error: { code: 'PENDING_APPROVAL' },
    });
    expect(await dispatch('testSettings', { ...base, values: vaultSettings({ mode: 'offline' }) })).toMatchObject({
      ok: false,
      error: { code: 'CONNECT', step: 'Open vault' },
    });
  });

  it('refuses settings that fail the plugin schema, naming the field', async () => {
    const { dispatch } = await setup();
    const result = await dispatch('saveSettings', {
      pluginId: 'static-vault',
      values: vaultSettings({ mode: 'sideways' }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'values.mode' } });
    expect((result as { error: { message: string } }).error.message).toContain(
      "Mode must be one of: normal, offline; 'sideways' is not.",
    );
  });

  it('clears the token cache and reports the count; a second Test Settings reuses the cached token', async () => {
    const { core, dispatch } = await setup();
    const test = () =>
      dispatch('testSettings', {
        pluginId: 'static-vault',
        values: vaultSettings(),
        user: 'CORP\\alice',
        endpoint: 'ws01',
      });
    await test();
    const second = (await test()) as { ok: true; value: { steps: { name: string; detail?: string }[] } };
    expect(second.value.steps[1]?.detail).toBe('cached session token');
    expect(await dispatch('clearTokenCache', {})).toMatchObject({ ok: true, value: { removed: 1 } });
    expect(await dispatch('clearTokenCache', { pluginId: 'static-vault' })).toEqual({
      ok: true,
      value: {
        removed: 0,
        cleared: [{ pluginId: 'static-vault', displayName: 'Static Vault (example)', caches: 'tokens', count: 0 }],
      },
    });
    expect(readLog(core)).toContain('Token cache cleared: 1 cached token(s) removed.');
  });

  it('reads the log with level and text filters', async () => {
    const { dispatch } = await setup();
    await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings({ apiPassword: 'bad-password' }),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    const page = (await dispatch('readLog', { minLevel: 'error' })) as {
      ok: true;
      value: { lines: { level: string; message: string }[] };
    };
    expect(page.value.lines.length).toBeGreaterThan(0);
    expect(page.value.lines.every((l) => l.level === 'error')).toBe(true);
    expect(page.value.lines.some((l) => l.message.includes('LOGIN_FAILED'))).toBe(true);
  });

  it('keeps every secret out of IPC responses, Configurator.log, the settings file and the token cache file', async () => {
    const { dir, core, dispatch, responses } = await setup();
    await dispatch('saveSettings', { pluginId: 'static-vault', values: vaultSettings() });
    await dispatch('getSettings', { pluginId: 'static-vault' });
    await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: { apiPassword: { stored: true } },
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings({ apiPassword: 'Wrong-Marker-Pass-55' }),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings(),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    await dispatch('readLog', { tail: 1000 });
    // The session token the plugin made is a secret too: read it from the cache itself.
    const cached = await core.tokens.get(
      `static-vault|${path.join(path.dirname(vaultSettings().vaultFile), 'vault.json')}|svc-ecm`,
    );
    const token = (JSON.parse(cached!) as { t: string }).t;
    expect(token).toMatch(/^sv-[0-9a-f]{32}$/);
    const markers = [MARKER_PASSWORD, 'Wrong-Marker-Pass-55', token!, 'Ws01-Local-Secret', 'Corp-Domain-Secret'];
    const haystacks = {
      responses: JSON.stringify(responses),
      log: readLog(core),
      files: readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .map((n) => readFileSync(path.join(dir, n), 'utf8'))
        .join('\n'),
    };
    expect(haystacks.log).toContain('Test Settings succeeded'); // the log is there to be scanned
    for (const [where, text] of Object.entries(haystacks)) {
      for (const marker of markers)
        expect(text.includes(marker), `${marker.slice(0, 6)}… found in ${where}`).toBe(false);
    }
  });

  it('reports steps live by run id and cancels a run in flight', async () => {
    const { core } = await setup();
    const runId = 'run-0001-abcd';
    const running = core.api
      .testSettings({
        pluginId: 'static-vault',
        values: vaultSettings({ latencyMs: 150 }),
        user: 'CORP\\alice',
        endpoint: 'ws01',
        runId,
      })
      .catch((e: { code: string }) => e);
    await new Promise((r) => setTimeout(r, 220));
    const progress = await core.api.getTestProgress({ runId });
    expect(progress.done).toBe(false);
    expect(progress.steps[0]).toMatchObject({ name: 'Open vault', status: 'ok' });
    expect(progress.steps.at(-1)).toMatchObject({ name: 'Authenticate', status: 'running' });
    expect(await core.api.cancelTest({ runId })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ code: 'CANCELLED' });
    expect((await core.api.getTestProgress({ runId })).done).toBe(true);
    expect(await core.api.cancelTest({ runId })).toEqual({ cancelled: false });
  });

  it('follows the log with `after`', async () => {
    const { core, dispatch } = await setup();
    await dispatch('testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings(),
      user: 'CORP\\alice',
      endpoint: 'ws01',
    });
    const first = await core.api.readLog({ tail: 100 });
    await dispatch('clearTokenCache', {});
    const next = await core.api.readLog({ tail: 100, after: first.fileSize });
    expect(next.lines.map((l) => l.message)).toEqual(['Token cache cleared: 1 cached token(s) removed.']);
  });

  it('withholds a result in which a plugin put a secret', async () => {
    const dir = tempDir();
    const leaky = fakePlugin('leaky', {
      settings: [{ key: 'password', label: 'Password', type: 'secret' as const, description: '', required: true }],
      async testSettings(settings: Record<string, unknown>) {
        return { credentials: [{ id: '1', name: String(settings.password), source: 'x' }], steps: [] };
      },
    });
    const core = await openTestCore(dir, [leaky as never]);
    await expect(
      core.api.testSettings({ pluginId: 'leaky', values: { password: 'Leaked-Secret-123' }, user: 'u', endpoint: 'e' }),
    ).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('withheld') });
  });

  it('withholds a result in which a plugin put a secret into a reason', async () => {
    const dir = tempDir();
    const leaky = fakePlugin('leaky', {
      settings: [{ key: 'password', label: 'Password', type: 'secret' as const, description: '', required: true }],
      async testSettings(settings: Record<string, unknown>) {
        const text = `Searched with ${String(settings.password)}.`;
        return { credentials: [], steps: [], reasons: [{ code: 'no-secret', text }] };
      },
    });
    const core = await openTestCore(dir, [leaky as never]);
    const refused: unknown = await core.api
      .testSettings({ pluginId: 'leaky', values: { password: 'Leaked-Secret-456' }, user: 'u', endpoint: 'e' })
      .catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('withheld') });
    expect(JSON.stringify(refused)).not.toContain('Leaked-Secret-456');
  });

  it('strips fields a plugin adds to a credential summary beyond the contract', async () => {
    const dir = tempDir();
    const extra = fakePlugin('extra', {
      async testSettings() {
        return { credentials: [{ id: '1', name: 'n', source: 's', password: 'should-not-pass' }], steps: [] };
      },
    });
    const core = await openTestCore(dir, [extra as never]);
    const result = await core.api.testSettings({ pluginId: 'extra', values: {}, user: 'u', endpoint: 'e' });
    expect(result.credentials[0]).toEqual({ id: '1', name: 'n', source: 's' });
  });
});

/** A minimal plugin whose testSettings misbehaves as a test needs. */
function fakePlugin(id: string, overrides: Record<string, unknown>) {
  return {
    id,
    displayName: id,
    version: '0.0.1',
    description: '',
    settings: [],
    async retrieveCredential(): Promise<never> {
      throw new Error('not used');
    },
    async clearTokenCache() {
      return 0;
    },
    ...overrides,
  };
}
