import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import { impersonationAttempts } from '../../../../electron/plugins/secret-server/user-name';
import { startSecretServerSimulator, type SecretServerSimulator } from '../../../simulators/secret-server';
import { openTestCore } from '../../../support/core-fixture';
import { API_PASSWORD, API_USER, testWorld } from '../../../support/secret-server-world';
import { useTempDirs } from '../../../support/temp-dir';

// node-soap writes a value that starts with <![CDATA[ into the envelope unescaped, so markup in a
// user name or a template field name could add elements to the SOAP request. The plugin refuses
// <, > and & in the user, and the settings schema allows no markup in field names; nothing with
// markup is ever sent (checked against the simulator's call log).
describe('Secret Server: no markup reaches a SOAP envelope', () => {
  const tempDir = useTempDirs();
  let sim: SecretServerSimulator;
  const cores: Core[] = [];

  beforeAll(async () => {
    sim = await startSecretServerSimulator({ world: testWorld() });
  });
  afterAll(async () => {
    await sim.close();
  });
  afterEach(async () => {
    for (const c of cores.splice(0)) await c.close();
    sim.resetCalls();
  });

  async function testWith(user: string, overrides: Record<string, unknown> = {}) {
    const c = await openTestCore(tempDir(), [createSecretServerPlugin()]);
    cores.push(c);
    // The simulator speaks plain http here, which the settings allow only when switched on.
    const values = {
      endpointUrl: sim.url,
      allowUnencryptedHttp: true,
      apiUser: API_USER,
      apiPassword: API_PASSWORD,
      ...overrides,
    };
    return c.api.testSettings({ pluginId: 'secret-server', values: values as never, user, endpoint: 'ws01' }).then(
      () => null,
      (err: { code: string; field?: string; message: string }) => err,
    );
  }

  it.each(['CORP\\alice<![CDATA[</username><username>bob]]>', 'CORP\\al>ice', 'alice&bob', 'CORP\\<alice'])(
    'refuses the user %s before impersonating anyone',
    async (user) => {
      const err = await testWith(user);
      expect(err).toMatchObject({
        code: 'VALIDATION',
        field: 'user',
        message: 'A user account cannot contain <, > or &.',
      });
      expect(sim.calls.ImpersonateUser ?? 0).toBe(0);
    },
  );

  it.each(['<', '>', '&'])(
    'refuses %s in the user even without a domain and with every setting combination',
    (mark) => {
      for (const settings of [
        { defaultDomainForLocalUsers: '', fallbackToLocalAccount: false },
        { defaultDomainForLocalUsers: 'CORP', fallbackToLocalAccount: true },
      ]) {
        expect(() => impersonationAttempts(`al${mark}ice`, settings)).toThrow(
          expect.objectContaining({ code: 'VALIDATION', field: 'user' }),
        );
        expect(() => impersonationAttempts(`CORP\\al${mark}ice`, settings)).toThrow(
          expect.objectContaining({ code: 'VALIDATION', field: 'user' }),
        );
      }
    },
  );

  it.each(['machineField', 'domainField'])(
    'refuses markup in %s, naming the field, and sends nothing',
    async (field) => {
      const err = await testWith('CORP\\alice', { [field]: 'Machine<![CDATA[</fieldName>]]>' });
      expect(err).toMatchObject({ code: 'VALIDATION', field: `values.${field}` });
      expect(sim.requests).toEqual([]);
    },
  );
});
