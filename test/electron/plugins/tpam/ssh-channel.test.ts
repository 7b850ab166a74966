import { EventEmitter } from 'node:events';
import type { Client as SshClient } from 'ssh2';
import { describe, expect, it, vi } from 'vitest';
import { runOnChannel } from '../../../../electron/plugins/tpam/ssh-channel';

// The paths no real server produces on demand; the others run against the TPAM simulator
// (ssh-pool-lanes.test.ts).
describe('runOnChannel', () => {
  it('answers CONNECT and frees the place once when ssh2 refuses at once (the connection is gone)', async () => {
    const client = Object.assign(new EventEmitter(), {
      exec() {
        throw new Error('Not connected');
      },
    }) as unknown as SshClient;
    const freed = vi.fn();
    await expect(
      runOnChannel(client, 'ListSystems --NetworkAddress 10.0.0.5', new AbortController().signal, 30, freed),
    ).rejects.toMatchObject({
      code: 'CONNECT',
      message: 'TPAM refused to run "ListSystems": Not connected.',
    });
    client.emit('close'); // the connection's end later on frees nothing a second time
    expect(freed).toHaveBeenCalledTimes(1);
    expect(client.listenerCount('close')).toBe(0);
  });
});
