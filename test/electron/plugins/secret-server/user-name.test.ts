import { describe, expect, it } from 'vitest';
import { impersonationAttempts, parseUserName } from '../../../../electron/plugins/secret-server/user-name';

describe('user names', () => {
  it('reads DOMAIN\\name, name@domain and bare names', () => {
    expect(parseUserName('CORP\\alice')).toEqual({ domain: 'CORP', username: 'alice' });
    expect(parseUserName('alice@corp.example')).toEqual({ domain: 'corp.example', username: 'alice' });
    expect(parseUserName(' alice ')).toEqual({ domain: null, username: 'alice' });
  });

  const none = { defaultDomainForLocalUsers: '', fallbackToLocalAccount: false };
  it.each([
    ['CORP\\alice', none, [{ username: 'alice', domain: 'CORP' }]],
    [
      'CORP\\alice',
      { ...none, fallbackToLocalAccount: true },
      [
        { username: 'alice', domain: 'CORP' },
        { username: 'alice', domain: '' },
      ],
    ],
    ['alice', none, [{ username: 'alice', domain: '' }]],
    ['alice', { ...none, defaultDomainForLocalUsers: 'CORP' }, [{ username: 'alice', domain: 'CORP' }]],
    [
      'alice',
      { defaultDomainForLocalUsers: 'CORP', fallbackToLocalAccount: true },
      [
        { username: 'alice', domain: 'CORP' },
        { username: 'alice', domain: '' },
      ],
    ],
    [
      'alice@LAB',
      { defaultDomainForLocalUsers: 'CORP', fallbackToLocalAccount: false },
      [{ username: 'alice', domain: 'LAB' }],
    ],
  ])('tries %s with %o as %o', (input, settings, expected) => {
    expect(impersonationAttempts(input, settings)).toEqual(expected);
  });
});
