import { afterEach, describe, expect, it } from 'vitest';
import { EcmError } from '../../../shared/errors';
import { useAccessRefusal } from '../../../renderer/src/api/access-refusal';
import { call } from '../../../renderer/src/api/ecm-client';
import { installFakeEcm } from '../support/fake-ecm';

const refused = (message: string) => {
  throw new EcmError({ code: 'FORBIDDEN', message, hint: 'Open the URL exactly as printed (with #ecm-token).' });
};

// A refused caller is refused on every channel: the first refusal switches the whole page to one
// explanation (App.tsx); other errors stay with the panel that made the call.
describe('access refusal', () => {
  afterEach(() => useAccessRefusal.setState({ refusal: null }));

  it('keeps the first FORBIDDEN answer of any channel, and still rejects the call', async () => {
    installFakeEcm({ listPlugins: () => refused('first'), readLog: () => refused('second') });
    await expect(call('listPlugins', {})).rejects.toMatchObject({ info: { code: 'FORBIDDEN' } });
    await expect(call('readLog', { tail: 10 })).rejects.toMatchObject({ info: { code: 'FORBIDDEN' } });
    expect(useAccessRefusal.getState().refusal).toMatchObject({
      code: 'FORBIDDEN',
      message: 'first',
      hint: 'Open the URL exactly as printed (with #ecm-token).',
    });
  });

  it('leaves the page alone for any other error', async () => {
    installFakeEcm({
      listPlugins: () => {
        throw new EcmError({ code: 'CONFIG', message: 'settings.json cannot be read' });
      },
    });
    await expect(call('listPlugins', {})).rejects.toMatchObject({ info: { code: 'CONFIG' } });
    expect(useAccessRefusal.getState().refusal).toBeNull();
  });
});
