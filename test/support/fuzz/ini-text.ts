import fc from 'fast-check';
import type { FuzzWorld } from './fuzz-world';
import { nastyString } from './strings';

/** Text shaped like an SPS ini file (for plugins with a settings file format), or random text. */
export function iniText(world: FuzzWorld): fc.Arbitrary<string> {
  const keys = world.plugins.flatMap((p) => p.settings.map((f) => f.key));
  const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ .-]{0,12}$/);
  const line = fc.oneof(
    fc.constantFrom('[tpam]', '[plugin]', '[DEFAULT]', '[ tpam ]', '[', ']', '[]', '# comment', '; comment', '', '   '),
    word.map((w) => `[${w}]`),
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...keys), word),
        fc.constantFrom(' = ', '=', ': ', ':', ' '),
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom('$', 'yes', 'no', 'true', '%(server)s', '%(missing)s', '%%', '%(', '%(a)s%(a)s'),
        ),
      )
      .map(([k, sep, v]) => `${k}${sep}${v}`),
    fc.string({ maxLength: 30 }).map((s) => `    ${s}`), // continuation line
    nastyString,
  );
  // A valid SPS ini (what exportSettingsFile writes, comments left out) with lines replaced, added or dropped.
  const validIni = [
    '[tpam]',
    'server=tpam.corp.example',
    'server_port=22',
    'server_public_key=tpam.corp.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl',
    'server_user=ecmcli',
    'server_user_key=$',
    'system_name_resolver=dns',
    'authorization=gateway',
    'timeout_seconds=60',
    '[plugin]',
    'config_version=1',
    'log_level=info',
  ];
  const editedIni = fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom('replace' as const, 'insert' as const, 'drop' as const), fc.nat(), line), {
        maxLength: 2,
      }),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([edits, eol]) => {
      const lines = [...validIni];
      for (const [op, at, text] of edits) {
        const i = at % (lines.length + 1);
        if (op === 'insert') lines.splice(i, 0, text);
        else if (op === 'replace') lines.splice(i, 1, text);
        else lines.splice(i, 1);
      }
      return lines.join(eol);
    });
  return fc.oneof(
    { weight: 4, arbitrary: editedIni },
    {
      weight: 3,
      arbitrary: fc
        .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
        .map(([lines, eol]) => lines.join(eol)),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '[tpam]\n' + 'server = a\n'.repeat(50_000),
        '[tpam]\nserver = ' + '%(server)s'.repeat(10_000),
        '['.repeat(100_000),
        'a = b\n'.repeat(100),
      ),
    },
  );
}
