import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SoapHttpError, soapHttpRequest } from '../../../../electron/plugins/secret-server/soap-http';
import { proxyInEnvironment } from '../../../support/proxy-env';

// Node's client under node-soap, against a plain HTTP server on 127.0.0.1 that answers by path.
describe('soapHttpRequest', () => {
  let server: http.Server;
  let base: string;
  const seen: string[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      if (req.url === '/ok') return void res.end('<answer>ü</answer>');
      if (req.url === '/gzip') {
        res.setHeader('content-encoding', 'gzip');
        return void res.end(gzipSync('<answer>packed</answer>'));
      }
      if (req.url === '/redirect') {
        res.writeHead(307, { location: 'http://127.0.0.1:1/elsewhere' });
        return void res.end();
      }
      if (req.url === '/gzip-cut') {
        // A compressed answer dropped half way: the decoder must hear of it.
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': '1000' });
        res.write(gzipSync('<answer>' + 'x'.repeat(5000) + '</answer>').subarray(0, 20));
        return void setImmediate(() => req.socket.destroy());
      }
      if (req.url === '/cut') {
        // Promises 1,000 bytes, sends 10, then drops the connection.
        res.writeHead(200, { 'content-length': '1000' });
        res.write('<answer>..');
        return void setImmediate(() => req.socket.destroy());
      }
      // '/hang': never answers.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const post = (path: string, extra: Partial<Parameters<typeof soapHttpRequest>[0]> = {}) =>
    soapHttpRequest({ url: `${base}${path}`, method: 'POST', headers: {}, data: '<request/>', ...extra });

  it('answers status, headers and the body as UTF-8 text, compressed or not', async () => {
    const ok = await post('/ok');
    expect(ok).toMatchObject({ status: 200, data: '<answer>ü</answer>' });
    expect((await post('/gzip')).data).toBe('<answer>packed</answer>');
  });

  it('follows no redirect and rejects it with the answer when the caller refuses the status', async () => {
    const before = seen.length;
    const err = (await post('/redirect', { validateStatus: (s) => s < 300 || s >= 400 }).catch(
      (e: unknown) => e,
    )) as SoapHttpError;
    expect(err.response?.status).toBe(307);
    expect(err.response?.headers.location).toBe('http://127.0.0.1:1/elsewhere');
    expect(seen.slice(before)).toEqual(['/redirect']);
  });

  it('fails at once with ECONNRESET when the connection drops inside the answer, not at the timeout', async () => {
    const err = (await post('/cut', { timeout: 60_000 }).catch((e: unknown) => e)) as SoapHttpError;
    expect(err.code).toBe('ECONNRESET');
  });

  it('fails at once when the connection drops inside a compressed answer too', async () => {
    const err = (await post('/gzip-cut', { timeout: 60_000 }).catch((e: unknown) => e)) as SoapHttpError;
    expect(err.code).toBe('ECONNRESET');
  });

  it('sends nothing when cancelled before it starts, and leaves no error unheard', async () => {
    const uncaught: unknown[] = [];
    const hear = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', hear);
    const agent = new http.Agent({ keepAlive: true });
    try {
      const before = seen.length;
      const err = (await post('/ok', { signal: AbortSignal.abort(), httpAgent: agent }).catch(
        (e: unknown) => e,
      )) as SoapHttpError;
      expect(err.code).toBe('ERR_CANCELED');
      // An error emitted by a destroyed request comes a turn of the event loop later: let two pass.
      for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
      expect(uncaught).toEqual([]);
      expect(seen.length).toBe(before);
    } finally {
      process.off('uncaughtException', hear);
      agent.destroy();
    }
  });

  it('gives up after the timeout as axios did (ECONNABORTED), and on cancel (ERR_CANCELED)', async () => {
    const late = (await post('/hang', { timeout: 50 }).catch((e: unknown) => e)) as SoapHttpError;
    expect([late.code, late.message]).toEqual(['ECONNABORTED', 'timeout of 50ms exceeded']);
    const stop = new AbortController();
    const pending = post('/hang', { signal: stop.signal }).catch((e: unknown) => e);
    stop.abort();
    expect(((await pending) as SoapHttpError).code).toBe('ERR_CANCELED');
  });

  it('ignores HTTP_PROXY and HTTPS_PROXY: the request goes straight to the URL', async () => {
    const proxy = await proxyInEnvironment();
    try {
      expect((await post('/ok')).data).toBe('<answer>ü</answer>');
      expect(proxy.hits).toEqual([]);
    } finally {
      await proxy.restore();
    }
  });
});
