import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** The renderer is served from `app://ecm/…`, a privileged standard scheme, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ecm';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * Maps an `app://ecm/...` URL to a file of the built renderer. Anything outside that folder
 * (`..`, encoded slashes, another host) is refused, and every answer carries the CSP.
 */
export async function resolveAppRequest(url: string, rendererDir: string): Promise<AppResponse> {
  const headers = {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { status: 400, headers, body: 'Bad request' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST)
    return { status: 404, headers, body: 'Not found' };
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname);
  } catch {
    return { status: 400, headers, body: 'Bad request' };
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${relative}`);
  if (relative.includes('\\') || relative.includes('\0') || (file !== root && !file.startsWith(root + path.sep))) {
    return { status: 403, headers, body: 'Forbidden' };
  }
  try {
    const body = await fs.readFile(file);
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    // The build names every file under /assets/ by a hash of its content, so such a file never
    // changes: it may be kept, and Chromium then keeps V8's compiled code for the scripts (the
    // scheme is registered with codeCache), which spares each start compiling them again. An
    // update changes index.html (never kept) and with it the names it loads.
    const kept = file.startsWith(path.join(root, 'assets') + path.sep) ? { 'cache-control': IMMUTABLE } : {};
    return { status: 200, headers: { ...headers, 'content-type': type, ...kept }, body };
  } catch {
    return { status: 404, headers, body: 'Not found' };
  }
}
