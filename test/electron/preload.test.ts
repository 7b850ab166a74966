import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { EVENT_NAMES } from '../../shared/ipc/event-names';

// The real preload, with a fake 'electron' module (no Electron binary is needed).
const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (_channel: string, _payload: unknown) => ({ ok: true, value: 'answer' }));
const ipcOn = vi.fn((_channel: string, _listener: (...args: unknown[]) => void) => {});
const ipcRemoveListener = vi.fn();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke, on: ipcOn, removeListener: ipcRemoveListener, send: vi.fn() },
}));

describe('preload', () => {
  beforeEach(async () => {
    exposed.clear();
    vi.resetModules();
    await import('../../electron/preload');
  });

  it('exposes exactly one object, window.ecm, with one function per channel and `on` for events', () => {
    expect([...exposed.keys()]).toEqual(['ecm']);
    const { on, ...api } = exposed.get('ecm') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.keys(on as object)).toEqual([...EVENT_NAMES]);
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it('passes a main event to the listener with no arguments, and unsubscribes', () => {
    const on = (exposed.get('ecm') as { on: Record<string, (l: (...args: unknown[]) => void) => () => void> }).on;
    const heard: unknown[][] = [];
    const off = on.saveAndClose!((...args) => heard.push(args));
    const [channel, forward] = ipcOn.mock.calls.at(-1)!;
    expect(channel).toBe('ecm-event:saveAndClose');
    forward({ sender: 'the IPC event' }, 'extra');
    expect(heard).toEqual([[]]);
    off();
    expect(ipcRemoveListener).toHaveBeenCalledWith('ecm-event:saveAndClose', forward);
  });

  it('invokes the channel with the request only and returns only the answer', async () => {
    const api = exposed.get('ecm') as Record<string, (r: unknown) => Promise<unknown>>;
    await expect(api.getSettings!({ pluginId: 'x' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenLastCalledWith('ecm:getSettings', { pluginId: 'x' });
  });
});
