import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../electron/core/api/dispatch';
import { registerIpcHandlers, senderOf } from '../../electron/ipc';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { openTestCore } from '../support/core-fixture';
import { useTempDirs } from '../support/temp-dir';

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

describe('registerIpcHandlers', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const core = await openTestCore(tempDir());
    const handlers = new Map<string, Handler>();
    registerIpcHandlers(
      { handle: (channel: string, fn: Handler) => void handlers.set(channel, fn) } as never,
      createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger }),
    );
    return { core, handlers };
  }

  const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

  it('registers exactly one handler per channel of the map', async () => {
    const { handlers } = await setup();
    expect([...handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((n) => `ecm:${n}`).sort());
  });

  it('answers the app window and drops a foreign or framed sender', async () => {
    const { handlers } = await setup();
    const list = handlers.get('ecm:listPlugins')!;
    expect(await list(topFrame('app://ecm/index.html'), {})).toMatchObject({ ok: true });
    expect(await list(topFrame('https://attacker.example/'), {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await list({ senderFrame: { url: 'app://ecm/index.html', parent: {} } }, {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await list({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('validates the payload after the sender', async () => {
    const { handlers } = await setup();
    const result = await handlers.get('ecm:setActivePlugin')!(topFrame('app://ecm/'), { pluginId: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'pluginId' } });
  });

  it('reads the sender from senderFrame', () => {
    expect(senderOf({ senderFrame: { url: 'app://ecm/x', parent: null } } as never)).toEqual({
      url: 'app://ecm/x',
      isTopFrame: true,
    });
    expect(senderOf({ senderFrame: null } as never)).toEqual({ url: undefined, isTopFrame: false });
  });
});
