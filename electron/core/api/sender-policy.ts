/** What the IPC layer knows of the frame that sent a message. */
export interface SenderInfo {
  url: string | undefined;
  isTopFrame: boolean;
}

/**
 * A sender is trusted when it is the top frame of a page on the app's own origin.
 * Compared by parsed protocol and host, not by string prefix (`app://ecm.evil` must fail),
 * and not by `URL.origin`, which is "null" for custom schemes such as `app:`.
 */
export function isTrustedSender(sender: SenderInfo, allowedOrigin: string): boolean {
  if (!sender.isTopFrame || !sender.url) return false;
  let actual: URL;
  let allowed: URL;
  try {
    actual = new URL(sender.url);
    allowed = new URL(allowedOrigin);
  } catch {
    return false;
  }
  return (
    actual.protocol === allowed.protocol &&
    actual.host === allowed.host &&
    actual.username === '' &&
    actual.password === ''
  );
}
