import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppRequest } from '../../../electron/services/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/services/content-security-policy';
import { ROOT } from '../../support/static-vault';
import { useTempDirs } from '../../support/temp-dir';

describe('app:// protocol', () => {
  const tempDir = useTempDirs();

  function renderer() {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'r', 'assets'), { recursive: true });
    writeFileSync(path.join(dir, 'r', 'index.html'), '<html></html>');
    writeFileSync(path.join(dir, 'r', 'assets', 'a.js'), 'x');
    writeFileSync(path.join(dir, 'secret.txt'), 'outside');
    return path.join(dir, 'r');
  }

  it('serves the renderer with the CSP and the right type', async () => {
    const dir = renderer();
    const index = await resolveAppRequest('app://ecm/', dir);
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect((await resolveAppRequest('app://ecm/assets/a.js', dir)).headers['content-type']).toContain('javascript');
  });

  it('lets the content-hashed assets be kept (and their compiled code cached), never index.html', async () => {
    const dir = renderer();
    expect((await resolveAppRequest('app://ecm/assets/a.js', dir)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    for (const url of ['app://ecm/', 'app://ecm/index.html', 'app://ecm/assets/../index.html', 'app://ecm/assets/x.js'])
      expect((await resolveAppRequest(url, dir)).headers['cache-control']).toBe('no-store');
  });

  it.each([
    'app://ecm/../secret.txt',
    'app://ecm/%2e%2e/secret.txt',
    'app://ecm/assets/..%2f..%2fsecret.txt',
    'app://ecm/..%5csecret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const answer = await resolveAppRequest(url, renderer());
    expect(answer.status).not.toBe(200);
    expect(String(answer.body)).not.toContain('outside');
  });

  it('refuses other hosts and schemes', async () => {
    expect((await resolveAppRequest('app://other/index.html', renderer())).status).toBe(404);
    expect((await resolveAppRequest('https://ecm/index.html', renderer())).status).toBe(404);
  });

  it('uses the same CSP in renderer/index.html, with no unsafe-eval and no remote origin', () => {
    const html = readFileSync(path.join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });

  // Each directive docs/SECURITY.md names, read back from the policy text: a removed or widened
  // directive fails here (a missing one would fall back to default-src, but only while that stays 'none').
  it.each([
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-src', "'none'"],
  ])('sets %s to exactly %s', (directive, sources) => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...rest]) => [name, rest.join(' ')]),
    );
    expect(directives.get(directive)).toBe(sources);
  });

  it('allows inline code for styles only', () => {
    const withInline = CONTENT_SECURITY_POLICY.split(';')
      .filter((d) => d.includes("'unsafe-inline'"))
      .map((d) => d.trim().split(/\s+/)[0]);
    expect(withInline).toEqual(['style-src']);
  });
});
