import { describe, expect, expectTypeOf, it } from 'vitest';
import { CHANNEL_NAMES } from '../../../shared/ipc/channel-names';
import { channels, type EcmApi, type RequestOf } from '../../../shared/ipc/channels';
import { buildEcmApi } from '../../../shared/ipc/build-api';

describe('the channel map', () => {
  it('defines exactly the channel names the preload uses', () => {
    expect(Object.keys(channels).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  it('rejects unknown request fields on every channel', () => {
    for (const name of CHANNEL_NAMES) {
      const result = channels[name].request.safeParse({
        pluginId: 'static-vault',
        values: {},
        user: 'u',
        endpoint: 'e',
        unexpected: 1,
      });
      expect(result.success, name).toBe(false);
    }
  });

  it('types window.ecm from the map, so a wrong payload does not compile', () => {
    expectTypeOf<RequestOf<'setActivePlugin'>>().toEqualTypeOf<{ pluginId: string }>();
    expectTypeOf<Parameters<EcmApi['testSettings']>[0]>().toHaveProperty('endpoint');
    // @ts-expect-error: a channel's payload is checked at compile time
    const wrong: RequestOf<'setActivePlugin'> = { plugin: 'x' };
    expect(wrong).toBeDefined();
  });

  it('builds one function per channel that forwards only the request', async () => {
    const calls: [string, unknown][] = [];
    const api = buildEcmApi(CHANNEL_NAMES, async (name, request) => {
      calls.push([name, request]);
      return { ok: true, value: null };
    });
    expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(Object.isFrozen(api)).toBe(true);
    await api.getSettings({ pluginId: 'p' });
    expect(calls).toEqual([['getSettings', { pluginId: 'p' }]]);
  });
});
