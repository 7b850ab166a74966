import { describe, expect, it } from 'vitest';
import { approvalPageProblem } from '../../../../electron/core/api/approval-page';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import type { Desktop } from '../../../../electron/core/api/desktop';
import { openCore } from '../../../../electron/core/open-core';
import { createSecretServerPlugin } from '../../../../electron/plugins/secret-server/secret-server-plugin';
import { staticVault } from '../../../support/static-vault';
import { readLog } from '../../../support/core-fixture';
import { useTempDirs } from '../../../support/temp-dir';

const ENDPOINT = 'https://ss.corp.example/SecretServer/webservices/SSWebService.asmx';
const PAGE = 'https://ss.corp.example/SecretServer/ManageApplications.aspx?request=7';

describe('approvalPageProblem: which approval pages the main process opens', () => {
  it('accepts an https page on the Endpoint URL host', () => {
    expect(approvalPageProblem(PAGE, ENDPOINT)).toBeNull();
    expect(approvalPageProblem('HTTPS://SS.corp.example/x', ENDPOINT)).toBeNull();
  });

  it.each([
    ['javascript:', 'javascript:alert(document.domain)', /https:/],
    ['http:', 'http://ss.corp.example/SecretServer/ManageApplications.aspx', /https:/],
    ['file:', 'file:///C:/Windows/System32/calc.exe', /https:/],
    [
      'another host',
      'https://evil.example/SecretServer/ManageApplications.aspx',
      /evil\.example, not on .*ss\.corp\.example/,
    ],
    ['a look-alike host', 'https://ss.corp.example.evil.example/', /not on the Endpoint URL's host/],
    ['user info that hides the real host', 'https://ss.corp.example@evil.example/', /user name or password/],
    ['user info on the right host', 'https://user:pw@ss.corp.example/', /user name or password/],
    ['a password without a user name', 'https://:pw@ss.corp.example/', /user name or password/],
    ['another port', 'https://ss.corp.example:8443/', /ss\.corp\.example:8443/],
    ['no URL at all', 'ManageApplications.aspx', /not a valid URL/],
  ])('refuses %s', (_what, url, reason) => {
    expect(approvalPageProblem(url, ENDPOINT)).toMatch(reason);
  });

  it('refuses everything when the Endpoint URL is missing or invalid', () => {
    expect(approvalPageProblem(PAGE, '')).toMatch(/Endpoint URL is not set/);
  });
});

describe('openApprovalPage channel', () => {
  const tempDir = useTempDirs();

  async function setup() {
    const opened: string[] = [];
    const desktop: Desktop = {
      openFolder: async () => false,
      openTextFile: async () => null,
      openExternal: async (url) => (opened.push(url), true),
      saveTextFile: async () => 'unsupported',
    };
    const core = await openCore({ dataDir: tempDir(), plugins: [createSecretServerPlugin(), staticVault], desktop });
    const dispatch = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
    const call = (payload: unknown) =>
      dispatch({ url: 'app://ecm/index.html', isTopFrame: true }, 'openApprovalPage', payload);
    return { core, opened, call };
  }

  it('opens a page on the host of the Endpoint URL on screen, and nothing else', async () => {
    const { core, opened, call } = await setup();
    try {
      const values = { endpointUrl: ENDPOINT };
      expect(await call({ pluginId: 'secret-server', url: PAGE, values })).toEqual({
        ok: true,
        value: { opened: true, url: PAGE },
      });
      for (const url of ['https://ss.corp.example@evil.example/', 'javascript:alert(1)', 'http://ss.corp.example/']) {
        const refused = await call({ pluginId: 'secret-server', url, values });
        expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'url' } });
      }
      expect(opened).toEqual([PAGE]);
      expect(readLog(core)).toContain('Approval page not opened');
    } finally {
      await core.close();
    }
  });

  it('checks against the saved Endpoint URL when the screen sends none', async () => {
    const { core, opened, call } = await setup();
    try {
      // Nothing saved: no host to compare with, so nothing opens.
      expect(await call({ pluginId: 'secret-server', url: PAGE })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringMatching(/Endpoint URL is not set/) },
      });
      await core.api.saveSettings({
        pluginId: 'secret-server',
        values: { endpointUrl: ENDPOINT, apiUser: 'svc-ecm', apiPassword: 'Api-Pass-1' },
      });
      expect(await call({ pluginId: 'secret-server', url: PAGE })).toMatchObject({ ok: true });
      expect(opened).toEqual([PAGE]);
    } finally {
      await core.close();
    }
  });

  it('refuses a plugin without an Endpoint URL', async () => {
    const { core, opened, call } = await setup();
    try {
      expect(await call({ pluginId: 'static-vault', url: PAGE, values: { endpointUrl: ENDPOINT } })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
      expect(opened).toEqual([]);
    } finally {
      await core.close();
    }
  });
});
