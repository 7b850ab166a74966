import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../electron/core/log/redactor';

describe('Redactor', () => {
  it('removes registered secrets, also JSON-, XML- and URL-escaped', () => {
    const r = new Redactor();
    const secret = 'p&ss"w<rd>/ü';
    r.add(secret);
    const text = `raw=${secret} json=${JSON.stringify(secret)} xml=p&amp;ss&quot;w&lt;rd&gt;/ü url=${encodeURIComponent(secret)}`;
    const out = r.redact(text);
    expect(out).not.toContain('ss"w<rd');
    expect(out).not.toContain('p&amp;ss');
    expect(out).not.toContain(encodeURIComponent(secret));
    expect(out.match(/\[REDACTED\]/g)?.length).toBeGreaterThanOrEqual(4);
  });

  it('removes PEM blocks, bearer tokens and token or password fields whatever their value', () => {
    const r = new Redactor();
    const pem =
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU=\n-----END OPENSSH PRIVATE KEY-----';
    const out = r.redact(
      `key ${pem} Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc <Token>AbC123xyz</Token> password=hunter22 {"token":"tok-9"}`,
    );
    expect(out).toContain('[REDACTED OPENSSH PRIVATE KEY]');
    expect(out).not.toContain('b3BlbnNzaC1rZXktdjEAAAAABG5vbmU');
    expect(out).not.toContain('eyJhbGciOiJIUzI1NiJ9');
    expect(out).not.toContain('AbC123xyz');
    expect(out).not.toContain('hunter22');
    expect(out).not.toContain('tok-9');
  });

  it('removes single lines of a registered private key', () => {
    const r = new Redactor();
    r.add('-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAx3d9Yv1Zb0d2\n-----END RSA PRIVATE KEY-----');
    expect(r.redact('parse error near MIIEowIBAAKCAQEAx3d9Yv1Zb0d2')).not.toContain('MIIEowIBAAKCAQEAx3d9Yv1Zb0d2');
  });

  it('replaces the longer of two overlapping secrets whole', () => {
    const r = new Redactor();
    r.add('abcd');
    r.add('abcdefgh');
    expect(r.redact('x abcdefgh y')).toBe('x [REDACTED] y');
  });

  it('detects a secret inside a result', () => {
    const r = new Redactor();
    r.add('Retrieved-Password-1');
    expect(r.containsSecret('{"name":"Retrieved-Password-1"}')).toBe(true);
    expect(r.containsSecret('{"name":"other"}')).toBe(false);
  });
});
