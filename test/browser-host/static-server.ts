import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveAppRequest } from '../../electron/services/app-protocol';

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at a random port, through the same resolver (and so the same
 * CSP and path checks) as the app:// protocol handler.
 */
export async function serveFolder(dir: string, options: { csp?: boolean } = {}): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    void resolveAppRequest(`app://ecm${req.url ?? '/'}`, dir).then((answer) => {
      const headers = { ...answer.headers };
      // A stand-in for someone else's site in tests: no CSP of ours.
      if (options.csp === false) delete headers['content-security-policy'];
      res.writeHead(answer.status, headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
