/** Names from a request are echoed short: a hostile key must not flood an answer or the log. */
export function clip(name: string, max = 64): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}
