/**
 * Removes secrets from text before it is logged or shown. Two layers:
 * 1. every value registered as secret (settings secrets, tokens, retrieved passwords),
 *    also in the escaped forms it takes inside JSON, XML and URLs;
 * 2. shapes that are secret whatever their value: PEM blocks, bearer/basic credentials,
 *    and token/password fields in XML, JSON and key=value text.
 */
export const REDACTED = '[REDACTED]';

/** Shorter values are not registered: replacing two letters everywhere would make logs unreadable. */
export const MIN_SECRET_LENGTH = 4;

/**
 * Longer values are registered line by line only (keys and certificates are far shorter whole;
 * their PEM blocks are also removed by shape). This bounds the work of every redaction.
 */
export const MAX_WHOLE_SECRET_LENGTH = 8 * 1024;

/** Text longer than this is cut (after redaction, so a secret on the cut is never half shown). */
export const MAX_TEXT_LENGTH = 32 * 1024;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?(?:-----END \1-----|$)/g;
const AUTH_HEADER = /\b(Bearer|Basic|Negotiate)\s+[A-Za-z0-9\-._~+/]{8,}=*/gi;
const XML_SECRET = /<((?:\w+:)?(?:Token|Password|SessionToken|AuthToken|Passphrase))>[^<]*<\/\1>/gi;
const KEY_VALUE_SECRET =
  /\b((?:access_?|auth_?|session_?|api_?|bearer_?)?token|password|passwd|passphrase|secret|api_?key)("?\s*[:=]\s*"?)([^\s"'&,;<>}]+)/gi;

export class Redactor {
  private readonly secrets = new Set<string>();
  /** The values given to `add` (the set above also holds their escaped forms and lines). */
  private readonly registered = new Set<string>();
  private ordered: string[] = [];

  /** Registers a secret (and its escaped forms and, for keys, its lines). */
  add(secret: string | undefined | null): void {
    // Registered before, with every form of it: an access review registers the same password per pair.
    if (!secret || this.registered.has(secret)) return;
    this.registered.add(secret);
    const variants = new Set<string>(
      secret.length <= MAX_WHOLE_SECRET_LENGTH
        ? [secret, jsonEscape(secret), xmlEscape(secret), encodeURIComponent(secret)]
        : [],
    );
    for (const line of secret.split(/\r?\n/)) {
      // Lines of a private key can leak one by one (e.g. in a parser's error text).
      const trimmed = line.trim();
      if (trimmed.length >= 16 && trimmed.length <= MAX_WHOLE_SECRET_LENGTH) variants.add(trimmed);
    }
    let changed = false;
    for (const v of variants) {
      if (v.length >= MIN_SECRET_LENGTH && !this.secrets.has(v)) {
        this.secrets.add(v);
        changed = true;
      }
    }
    // Longest first, so a secret that contains another is removed whole.
    if (changed) this.ordered = [...this.secrets].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    // Only what can survive the final cut is searched: a secret starting before MAX_TEXT_LENGTH
    // ends before MAX_TEXT_LENGTH + MAX_WHOLE_SECRET_LENGTH, and anything later is cut away.
    const cut = text.length > MAX_TEXT_LENGTH;
    let out = cut ? text.slice(0, MAX_TEXT_LENGTH + MAX_WHOLE_SECRET_LENGTH) : text;
    for (const secret of this.ordered) {
      if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    }
    out = out
      .replace(PEM_BLOCK, (_m, label: string) => `[REDACTED ${label}]`)
      .replace(AUTH_HEADER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
      .replace(XML_SECRET, (_m, tag: string) => `<${tag}>${REDACTED}</${tag}>`)
      .replace(KEY_VALUE_SECRET, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`);
    return cut ? `${out.slice(0, MAX_TEXT_LENGTH)}… (${text.length - MAX_TEXT_LENGTH} more characters not shown)` : out;
  }

  /** True when `text` holds a registered secret (used to refuse plugin results that leak one). */
  containsSecret(text: string): boolean {
    return this.ordered.some((secret) => text.includes(secret));
  }
}

function jsonEscape(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

function xmlEscape(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
