import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';

// The real preload, with a fake 'electron' module (no Electron binary is needed).
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (_channel: string, _payload: unknown) => ({ ok: true, value: 'answer' }));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, on: vi.fn(), send: vi.fn() },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../electron/preload');
  });

  it('exposes exactly one object, window.ecm, with one function per channel', () => {
    expect([...exposed.keys()]).toEqual(['ecm']);
    const api = exposed.get('ecm') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('invokes the channel with the request only and returns only the answer', async () => {
    const api = exposed.get('ecm') as Record<string, (r: unknown) => Promise<unknown>>;
    await expect(api.getSettings!({ pluginId: 'x' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenLastCalledWith('ecm:getSettings', { pluginId: 'x' });
  });
});
