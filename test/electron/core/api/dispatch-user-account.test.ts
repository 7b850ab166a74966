import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import { openTestCore, readLog } from '../../../support/core-fixture';
import { vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const APP = { url: 'app://ecm/index.html', isTopFrame: true };

// A user name reaches Configurator.log and the back end; line separators and C1 controls in it
// are refused before either sees it (C0 controls, < and > are covered in dispatch.test.ts).
describe('Test Settings refuses line separators and C1 controls in the user account', () => {
  const tempDir = useTempDirs();

  it.each([
    ['U+2028 (line separator)', 'CORP\\alice\u2028[2026-01-01 00:00:00.000] [info] [core] forged'],
    ['U+2029 (paragraph separator)', 'CORP\\alice\u2029x'],
    ['U+0085 (next line)', 'CORP\\alice\u0085x'],
    ['U+009B (C1 control sequence introducer)', 'CORP\\alice\u009b2K'],
    ['U+007F (delete)', 'CORP\\al\u007fice'],
  ])('refuses %s with a VALIDATION error naming the field in plain words', async (_name, user) => {
    const core = await openTestCore(tempDir());
    const dispatch = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
    const result = await dispatch(APP, 'testSettings', {
      pluginId: 'static-vault',
      values: vaultSettings(),
      user,
      endpoint: 'ws01',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field: 'user' } });
    const message = !result.ok ? result.error.message : '';
    expect(message).toContain(
      'line separators (U+2028, U+2029) and invisible control characters (U+007F–U+009F) are not allowed in a user account',
    );
    expect(message).not.toMatch(/refine|zod|custom/i);
    expect(readLog(core)).not.toContain('Test Settings started');
  });

  it('still accepts ordinary names, accents and non-Latin letters included', async () => {
    const core = await openTestCore(tempDir());
    const dispatch = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
    for (const user of ['CORP\\alice', 'jérôme@corp.example', 'ＣＯＲＰ\\山田']) {
      const result = await dispatch(APP, 'testSettings', {
        pluginId: 'static-vault',
        values: vaultSettings(),
        user,
        endpoint: 'ws01',
      });
      expect(result.ok || result.error.field !== 'user').toBe(true);
    }
  });
});
