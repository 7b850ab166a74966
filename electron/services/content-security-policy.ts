/**
 * The renderer's Content-Security-Policy: only the app's own scripts, no eval, no remote
 * origins, no plugins, no framing. Styles allow 'unsafe-inline' because Fluent UI (Griffel)
 * inserts its atomic CSS rules at run time; scripts never do.
 * The same text is in renderer/index.html as a <meta> (checked by a test), so the browser
 * test host runs the page under the same policy as the app.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
