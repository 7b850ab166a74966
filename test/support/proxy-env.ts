import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A proxy on 127.0.0.1 that records every request it gets (and answers 502), named in HTTP_PROXY and
 * HTTPS_PROXY (NO_PROXY cleared), to show that a client does not use them. `restore()` puts the
 * variables back as they were and closes the proxy.
 */
export async function proxyInEnvironment(): Promise<{ hits: string[]; restore(): Promise<void> }> {
  const hits: string[] = [];
  const proxy = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(502).end();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const saved = {
    HTTP_PROXY: process.env.HTTP_PROXY,
    HTTPS_PROXY: process.env.HTTPS_PROXY,
    NO_PROXY: process.env.NO_PROXY,
  };
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  process.env.HTTP_PROXY = url;
  process.env.HTTPS_PROXY = url;
  delete process.env.NO_PROXY;
  return {
    hits,
    async restore() {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
      await new Promise((resolve) => proxy.close(resolve));
    },
  };
}
