import { describe, expect, it } from 'vitest';
import {
  isAccountRefusal,
  resultOfFailure,
  resultOfSuccess,
  stopsTheRun,
} from '../../../../electron/core/review/review-classify';
import { ERROR_CODES } from '../../../../shared/errors';

const pair = { user: 'CORP\\bob', endpoint: 'web07' };

describe('review classification', () => {
  it('stops the run only when the API account is refused or the back end is unreachable', () => {
    expect(ERROR_CODES.filter(stopsTheRun)).toEqual(['LOGIN_FAILED', 'HOST_KEY_MISMATCH', 'TLS', 'TIMEOUT', 'CONNECT']);
    expect(ERROR_CODES.filter(isAccountRefusal)).toEqual(['LOGIN_FAILED']);
  });

  it('gives ok for credentials and none, with the reasons, for an empty answer', () => {
    const reasons = [{ code: 'no-secret', text: 'No secret has web07 in its Machine field.' }];
    const base = { pluginId: 'p', ...pair, steps: [], ms: 12 };
    const ok = resultOfSuccess(3, pair, {
      ...base,
      credentials: [{ id: '1', name: 'admin', source: 'machine' }],
      reasons: [],
    });
    expect(ok).toMatchObject({ index: 3, status: 'ok', ms: 12, credentials: [{ id: '1' }] });
    expect(resultOfSuccess(4, pair, { ...base, credentials: [], reasons })).toMatchObject({ status: 'none', reasons });
  });

  it('gives pending with the approval URL, from the error or else from the server text', () => {
    const url = 'https://ss.corp.example/SecretServer/ManageApplications.aspx?request=7';
    const given = resultOfFailure(0, pair, { code: 'PENDING_APPROVAL', message: 'm', approvalUrl: url }, 5);
    expect(given).toMatchObject({ status: 'pending', approvalUrl: url, error: { code: 'PENDING_APPROVAL' } });
    const fromText = resultOfFailure(
      0,
      pair,
      { code: 'PENDING_APPROVAL', message: 'm', serverText: `Approval page: ${url}` },
      5,
    );
    expect(fromText.approvalUrl).toBe(url);
  });

  it('gives refused for NOT_AUTHORIZED with the server text, and error for anything else', () => {
    const refused = resultOfFailure(1, pair, { code: 'NOT_AUTHORIZED', message: 'm', serverText: 'Access denied.' }, 5);
    expect(refused).toMatchObject({ status: 'refused', error: { serverText: 'Access denied.' }, credentials: [] });
    for (const code of ['PROTOCOL', 'CONFIG', 'INTERNAL', 'CANCELLED'] as const)
      expect(resultOfFailure(1, pair, { code, message: 'm' }, 5).status).toBe('error');
  });
});
