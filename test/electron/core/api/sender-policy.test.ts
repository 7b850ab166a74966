import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../electron/core/api/sender-policy';

describe('isTrustedSender', () => {
  it('trusts only the top frame of the allowed origin', () => {
    expect(isTrustedSender({ url: 'app://ecm/index.html#x', isTopFrame: true }, 'app://ecm')).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:4000/', isTopFrame: true }, 'http://127.0.0.1:4000')).toBe(true);
    expect(isTrustedSender({ url: 'http://127.0.0.1:4001/', isTopFrame: true }, 'http://127.0.0.1:4000')).toBe(false);
    expect(isTrustedSender({ url: 'app://ecm/index.html', isTopFrame: false }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'app://user:pw@ecm/index.html', isTopFrame: true }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'not a url', isTopFrame: true }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', isTopFrame: true }, 'app://ecm')).toBe(false);
  });

  it('compares parsed protocol and host, not a prefix of the URL', () => {
    expect(isTrustedSender({ url: 'app://ecm.evil/index.html', isTopFrame: true }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'app://ecm:8080/index.html', isTopFrame: true }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'app://ecmx/index.html', isTopFrame: true }, 'app://ecm')).toBe(false);
    expect(isTrustedSender({ url: 'http://127.0.0.1:40001/', isTopFrame: true }, 'http://127.0.0.1:4000')).toBe(false);
  });
});
