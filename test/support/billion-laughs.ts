/**
 * A "billion laughs" SPS ini: option v0 names v1 `fanOut` times, v1 names v2 `fanOut` times, …,
 * down to v{depth}, whose value is `leaf`. Reading `system_prefix = %(v0)s` substitutes
 * fanOut^depth references: with the defaults (16, 9) about 6.9·10^10, from about 1.2 kB of text.
 * With an empty leaf the value stays empty, so only a cap on the number of references stops it;
 * with a long leaf it also grows without bound, so the length cap stops it.
 */
export function billionLaughsIni({ fanOut = 16, depth = 9, leaf = '' } = {}): string {
  const levels = Array.from({ length: depth }, (_, i) => `v${i} = ${`%(v${i + 1})s`.repeat(fanOut)}`);
  return [
    '[tpam]',
    'server = tpam01',
    'server_public_key = tpam01 ssh-ed25519 AAAA',
    'server_user = isacli',
    'server_user_key = $',
    'system_prefix = %(v0)s',
    ...levels,
    `v${depth} = ${leaf}`,
    '',
  ].join('\n');
}
