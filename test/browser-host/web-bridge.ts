import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDispatcher } from '../../electron/core/api/dispatch';
import type { Core } from '../../electron/core/open-core';
import { resolveAppRequest } from '../../electron/services/app-protocol';
import { buildEcmApi } from '../../shared/ipc/build-api';
import { CHANNEL_NAMES } from '../../shared/ipc/channel-names';
import { fail, type Result } from '../../shared/result';
import { RENDERER_DIR } from './browser-host';

const INVOKE_PATH = '/__ecm/invoke/';
const BRIDGE_PATH = '/__ecm/bridge.js';

export interface WebBridge {
  url: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * The renderer for an ordinary browser (the demo on machines without an Electron binary): serves
 * the built renderer on 127.0.0.1 with a bridge script that gives the page the same `window.ecm`
 * (built by the same buildEcmApi) over same-origin POSTs to the real dispatcher. A call must carry
 * the page's origin, JSON (which a cross-origin page cannot send without a preflight this server
 * never answers) and a per-run token that is handed over out of band: in the fragment of the URL
 * printed on the demo's console (never sent to any server), kept in the tab's session storage.
 */
export async function startWebBridge(core: Core, options: { port?: number } = {}): Promise<WebBridge> {
  const token = randomBytes(24).toString('hex');
  let origin = '';
  const dispatch = () => createDispatcher(core.api, { allowedOrigin: origin, logger: core.logger });
  const server = http.createServer((req, res) => {
    void handle(req, res).catch(() => {
      res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.method === 'POST' && url.pathname.startsWith(INVOKE_PATH)) {
      const trusted =
        req.headers.origin === origin &&
        req.headers['x-ecm-token'] === token &&
        /^application\/json\b/.test(req.headers['content-type'] ?? '');
      const body = await readBody(req, 2_000_000);
      let payload: unknown = undefined;
      try {
        payload = body === null ? undefined : JSON.parse(body);
      } catch {
        payload = undefined;
      }
      const result = await dispatch()(
        { url: trusted ? `${origin}/index.html` : (req.headers.origin ?? 'unknown:'), isTopFrame: trusted },
        decodeURIComponent(url.pathname.slice(INVOKE_PATH.length)),
        payload,
      );
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(trusted ? result : withTokenHint(result, req, origin, token)));
      return;
    }
    if (url.pathname === BRIDGE_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(bridgeScript());
      return;
    }
    const answer = await resolveAppRequest(`app://ecm${url.pathname}`, RENDERER_DIR);
    let body = answer.body;
    if (answer.status === 200 && (url.pathname === '/' || url.pathname === '/index.html')) {
      // The bridge must run before the app's own script: it stands where the preload would.
      body = String(body).replace(
        '<script type="module"',
        `<script src="${BRIDGE_PATH}"></script>\n    <script type="module"`,
      );
    }
    res.writeHead(answer.status, answer.headers);
    res.end(body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/index.html#ecm-token=${token}`,
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * The demo's own page without the token (opened without the URL's fragment, or with the token of an
 * earlier run, kept in the tab) is refused like any caller, but told in plain words what to do; the
 * renderer shows this message and hint on a full page. Another origin learns nothing more.
 */
function withTokenHint(
  result: Result<unknown>,
  req: http.IncomingMessage,
  origin: string,
  token: string,
): Result<unknown> {
  if (result.ok || result.error.code !== 'FORBIDDEN' || req.headers.origin !== origin) return result;
  const sent = req.headers['x-ecm-token'];
  if (sent === token) return result;
  return fail({
    code: 'FORBIDDEN',
    message: sent
      ? "This page's access token is not the running demo's: the demo was started again since, or the address was changed."
      : 'This page was opened without its access token, so the demo refuses its calls.',
    hint: TOKEN_HINT,
  });
}

/** What the page says when it lacks the token (see withTokenHint). */
export const TOKEN_HINT = 'Open the URL exactly as printed (with #ecm-token).';

function bridgeScript(): string {
  return `(() => {
  const fromUrl = /[#&]ecm-token=([0-9a-f]+)/.exec(location.hash);
  if (fromUrl) {
    sessionStorage.setItem('ecm-token', fromUrl[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem('ecm-token') || '';
  const invoke = (name, request) => fetch('${INVOKE_PATH}' + encodeURIComponent(name), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ecm-token': token },
    body: JSON.stringify(request),
  }).then((r) => r.json());
  const api = (${buildEcmApi.toString()})(${JSON.stringify(CHANNEL_NAMES)}, invoke);
  Object.defineProperty(window, 'ecm', { value: api, writable: false, configurable: false });
})();
`;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        req.destroy();
        resolve(null);
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
