import fc from 'fast-check';
import type { ChannelName } from '../../shared/ipc/channel-names';
import type { SettingField } from '../../shared/plugin/settings-schema';

/**
 * Payload generators for the IPC fuzz tests (test/electron/core/api/dispatch.fuzz.test.ts):
 * random and adversarial values a compromised or buggy renderer could put into
 * `ipcRenderer.invoke`, and near-valid payloads (a valid request with one thing changed).
 *
 * Everything here is plain data: no functions, symbols or BigInts, which structured clone
 * (and so Electron IPC) cannot carry. Huge strings are built once and shared, so memory
 * stays bounded however many runs use them.
 */

type Payload = Record<string, unknown>;

export interface FuzzPlugin {
  id: string;
  settings: readonly SettingField[];
}

export interface FuzzWorld {
  plugins: readonly FuzzPlugin[];
  /** The plugin whose settings file format importSettingsFile should mostly exercise. */
  settingsFilePlugin?: string;
  /** Per plugin and setting key, values worth trying often (e.g. the real vault file). */
  favourites?: Record<string, Record<string, readonly unknown[]>>;
  /** Hashes of the files in the plugins folder (trustPlugin). */
  detectedSha256?: readonly string[];
}

/** Keys that reach Object.prototype or shadow its methods when a payload is merged or indexed. */
export const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toJSON',
  'then',
  '__defineGetter__',
  '__lookupGetter__',
] as const;

/** Shared huge strings (a few MB in total). MAX_TEXT is 1,000,000: exactly at and just over it. */
export const HUGE_STRINGS: readonly string[] = [
  'a'.repeat(1_000_000),
  'a'.repeat(1_000_001),
  '\u00e9'.repeat(1_200_000),
  '\u{1F600}'.repeat(600_000), // 1.2 M UTF-16 units of surrogate pairs
  `${'\u0000\r\n\t'.repeat(300_000)}`,
  'x'.repeat(3_000_000),
];

const SPECIAL_STRINGS = [
  '',
  ' ',
  '   \t ',
  '\u0000',
  '\u0007\u001b[31m',
  '\r\n',
  '\r',
  '\u2028\u2029',
  '\u0085',
  '\uFEFF',
  '\u200B',
  '\uD800',
  '\uDFFF',
  '\uDBFF\uDFFF',
  'e\u0301',
  '\u{1F600}',
  '\u202Eevil',
  '\uFF41\uFF44\uFF4D\uFF49\uFF4E', // full-width "admin"
  'STATIC-VAULT',
  'static-vault ',
  ' static-vault',
  'static-vault\u0000',
  'static_vault',
  'tpam',
  '%s%n%x',
  '${process.exit()}',
  '{{7*7}}',
  '\'; DROP TABLE settings; --',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'file:///etc/passwd',
  'app://ecm/index.html',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '0',
  '-0',
  '1e309',
  '0x10',
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(200),
  'a'.repeat(201),
  'a'.repeat(253),
  'a'.repeat(254),
  'a'.repeat(257),
  'A'.repeat(4097),
  ...DANGEROUS_KEYS,
];

const SPECIAL_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  0.5,
  Number.EPSILON,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  Number.MIN_SAFE_INTEGER,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 32,
  10_000,
  10_001,
  65_535,
  65_536,
  60_000,
  60_001,
];

export const hugeString: fc.Arbitrary<string> = fc.constantFrom(...HUGE_STRINGS);

/**
 * Huge strings for the key position: no line breaks, and characters no huge value uses. A refused
 * request echoes an unknown key into Configurator.log, which today triggers two super-linear
 * paths: readLog is quadratic in the line breaks of one entry, and the log redactor's search for
 * a long registered secret (a draft secret from testSettings/runFieldAction) is quadratic when
 * the logged text holds a long near-miss of it. Either would stall the run for minutes, so the
 * fuzz keeps clear of them; each has its own test in dispatch.fuzz.test.ts ("known defects").
 */
const HUGE_KEYS: readonly string[] = ['k'.repeat(1_000_001), '\u03A9'.repeat(600_000), `${'K_'.repeat(550_000)}`];

/** Any string a renderer could send; huge ones are rare here (they have their own payload kind). */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 100, maxLength: 5000 }) },
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_STRINGS) },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...SPECIAL_NUMBERS),
  fc.double(), // includes NaN, ±Infinity and -0
  fc.integer(),
);

export const objectKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...DANGEROUS_KEYS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,12}$/) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('pluginId', 'values', 'text', 'user', 'endpoint', 'runId', 'fieldKey', 'actionId', 'tail', 'grep', 'before', 'after', 'minLevel', 'title', 'stored', 'sealed'),
  },
);

/** Defines `key` as an own, enumerable data property: what JSON.parse does for `"__proto__"`. */
export function withOwnKey<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Builds a deeply nested value iteratively (no recursion in the test itself). */
export function deepNest(depth: number, kind: 'object' | 'array' | 'mixed' | 'proto', leaf: unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) {
    switch (kind) {
      case 'object':
        value = { a: value };
        break;
      case 'array':
        value = [value];
        break;
      case 'mixed':
        value = i % 2 === 0 ? { stored: value } : [value];
        break;
      case 'proto':
        value = withOwnKey({}, i % 3 === 0 ? '__proto__' : i % 3 === 1 ? 'constructor' : 'prototype', value);
        break;
    }
  }
  return value;
}

export const deepValue: fc.Arbitrary<unknown> = fc
  .record({
    depth: fc.constantFrom(100, 1000, 5000, 5000, 10_000),
    kind: fc.constantFrom('object' as const, 'array' as const, 'mixed' as const, 'proto' as const),
    leaf: fc.oneof(fc.constant('x'), fc.constant(true), fc.constant(null), fc.constant({ polluted: true })),
  })
  .map(({ depth, kind, leaf }) => deepNest(depth, kind, leaf));

/** JSON texts that, parsed, carry prototype-pollution keys as own properties. */
const POLLUTION_JSON = [
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"polluted":true}}}',
  '{"prototype":{"polluted":true}}',
  '{"__proto__":{"__proto__":{"polluted":true}}}',
  '{"a":{"__proto__":{"polluted":true}},"constructor":{"prototype":{"polluted":true}}}',
  '[{"__proto__":{"polluted":true}}]',
  '{"__proto__":[{"polluted":true}]}',
  '{"__proto__":null}',
  '{"__proto__":"polluted"}',
  '{"toString":"polluted","valueOf":1,"hasOwnProperty":true}',
  '{"stored":true,"__proto__":{"polluted":true}}',
];

export const pollutionValue: fc.Arbitrary<unknown> = fc.constantFrom(...POLLUTION_JSON).map((text) => JSON.parse(text) as unknown);

/** Anything fast-check can make that structured clone can carry (no BigInt, no functions). */
export const anythingClonable: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 6,
  key: objectKey,
  values: [nastyString, nastyNumber, fc.boolean(), fc.constant(null), fc.constant(undefined)],
  withBigInt: false,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A value for any position: wrong types, special numbers, strings, containers, deep nesting, pollution. */
export const adversarialValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: nastyString },
  { weight: 3, arbitrary: nastyNumber },
  { weight: 2, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 3, arbitrary: anythingClonable },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: pollutionValue },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}], { stored: true }, { stored: 'true' }, { stored: 1 }, { sealed: 'sealed:v1:x' }, [{ stored: true }]) },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(0), new Date(Number.NaN), new Map([['pluginId', 'static-vault']]), new Set(['static-vault']), new Uint8Array(16), new ArrayBuffer(8)) },
);

// ------------------------------------------------------------------------------------------
// Valid payloads, channel by channel

const PLUGIN_ID = /^[a-z][a-z0-9-]{1,63}$/;
const RUN_ID = /^[A-Za-z0-9-]{8,64}$/;
const ACTION_ID = /^[a-z][a-zA-Z0-9-]{0,63}$/;
const SETTING_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function pluginIdArb(world: FuzzWorld): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...world.plugins.map((p) => p.id)) },
    { weight: 2, arbitrary: fc.stringMatching(PLUGIN_ID) },
    { weight: 1, arbitrary: fc.constantFrom('constructor', 'prototype', 'hasownproperty', 'to-string', 'proto', 'static-vault-', 'tpa') },
  );
}

function valueForField(field: SettingField, favourites: readonly unknown[] = []): fc.Arbitrary<unknown> {
  const v = field.validation ?? {};
  const choices: fc.Arbitrary<unknown>[] = [];
  switch (field.type) {
    case 'string':
    case 'multiline':
      choices.push(fc.string({ maxLength: 40 }), nastyString);
      if (v.pattern) choices.push(fc.stringMatching(new RegExp(v.pattern, v.patternFlags)));
      break;
    case 'secret':
      choices.push(fc.constant({ stored: true }), fc.constant(''), fc.string({ minLength: 1, maxLength: 40 }));
      break;
    case 'number': {
      const min = Math.max(v.min ?? -1e9, -1e9);
      const max = Math.min(v.max ?? 1e9, 1e9);
      choices.push(v.integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), nastyNumber);
      break;
    }
    case 'boolean':
      choices.push(fc.boolean());
      break;
    case 'list': {
      const item = v.pattern ? fc.oneof(fc.stringMatching(new RegExp(v.pattern, v.patternFlags)), fc.string({ maxLength: 20 })) : fc.string({ maxLength: 20 });
      choices.push(fc.array(item, { maxLength: 6 }));
      if (field.default !== undefined) choices.push(fc.constant(field.default));
      break;
    }
    case 'enum':
      choices.push(fc.constantFrom(...(field.options ?? []).map((o) => o.value), ''), fc.string({ maxLength: 12 }));
      break;
  }
  if (favourites.length > 0) choices.push(fc.constantFrom(...favourites), fc.constantFrom(...favourites));
  return fc.oneof(...choices);
}

/** Draft values of one plugin: any subset of its fields, each with a value of its type (mostly valid). */
function draftFor(world: FuzzWorld, plugin: FuzzPlugin): fc.Arbitrary<Payload> {
  const fav = world.favourites?.[plugin.id] ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of plugin.settings) model[field.key] = valueForField(field, fav[field.key]);
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Payload>;
}

/** A plugin id with draft values shaped for it (or for another plugin, or random keys). */
function pluginWithValues(world: FuzzWorld): fc.Arbitrary<{ pluginId: string; values: Payload }> {
  const matched = fc.constantFrom(...world.plugins).chain((p) => draftFor(world, p).map((values) => ({ pluginId: p.id, values })));
  const crossed = fc.record({
    pluginId: pluginIdArb(world),
    values: fc.oneof(
      fc.constantFrom(...world.plugins).chain((p) => draftFor(world, p)),
      fc.dictionary(fc.stringMatching(SETTING_KEY), fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant({ stored: true as const })), { maxKeys: 5 }),
    ),
  });
  // Drafts made only of each plugin's favourite (known good) values, or empty: the saved settings
  // then fill in, so the request gets past validation into the plugin.
  const good = fc.constantFrom(...world.plugins).chain((p) => {
    const fav = world.favourites?.[p.id] ?? {};
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, values] of Object.entries(fav)) model[key] = fc.constantFrom(...values);
    return fc.record(model, { requiredKeys: [] }).map((values) => ({ pluginId: p.id, values: values as Payload }));
  });
  return fc.oneof({ weight: 4, arbitrary: matched }, { weight: 1, arbitrary: crossed }, { weight: 3, arbitrary: good });
}

const userArb = fc.oneof(
  fc.constantFrom('CORP\\alice', 'CORP\\bob', 'CORP\\pending', 'alice@corp', 'alice', 'CORP\\ALICE', '  CORP\\alice  ', 'DB01\\sa'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f]/.test(s)),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((s) => s.trim().length > 0 && !/[\u0000-\u001f]/.test(s)),
);

const endpointArb = fc.oneof(
  fc.constantFrom('ws01', 'ws01.corp.example', 'db01', 'WS01', '10.0.0.1', '[::1]', 'fe80::1%eth0', 'a'.repeat(253)),
  fc.stringMatching(/^[A-Za-z0-9._:\-[\]%]{1,60}$/),
);

const runIdArb = fc.stringMatching(RUN_ID);

function validPayload(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<Payload> {
  switch (channel) {
    case 'listPlugins':
    case 'listDetectedPlugins':
    case 'getActivePlugin':
    case 'previewSettingsBackup':
    case 'getLogPath':
    case 'openLogFolder':
      return fc.constant({}).map(() => ({}));
    case 'setActivePlugin':
    case 'getSettings':
      return fc.record({ pluginId: pluginIdArb(world) });
    case 'restoreSettingsBackup':
      return fc.record({ backupId: fc.stringMatching(/^[0-9a-f]{32}$/) });
    case 'saveSettings':
    case 'checkSettings':
    case 'exportSettingsFile':
      return pluginWithValues(world);
    case 'importSettingsFile':
      // Mostly a plugin that has a settings file format, so the text reaches its parser.
      return fc.record({ pluginId: fc.oneof({ weight: 3, arbitrary: fc.constant(world.settingsFilePlugin ?? world.plugins[0]!.id) }, { weight: 1, arbitrary: pluginIdArb(world) }), text: iniText(world) });
    case 'testSettings':
      return fc
        .tuple(pluginWithValues(world), userArb, endpointArb, fc.option(runIdArb, { nil: undefined }))
        .map(([pv, user, endpoint, runId]) => ({ ...pv, user, endpoint, ...(runId === undefined ? {} : { runId }) }));
    case 'getTestProgress':
    case 'cancelTest':
      return fc.record({ runId: runIdArb });
    case 'runFieldAction': {
      const declared = world.plugins.flatMap((p) => p.settings.flatMap((f) => (f.actions ?? []).map((a) => ({ pluginId: p.id, fieldKey: f.key, actionId: a.id }))));
      const random = fc
        .tuple(
          pluginWithValues(world),
          fc.oneof(fc.constantFrom(...world.plugins.flatMap((p) => p.settings.map((f) => f.key))), fc.stringMatching(SETTING_KEY)),
          fc.oneof(fc.constantFrom(...world.plugins.flatMap((p) => p.settings.flatMap((f) => (f.actions ?? []).map((a) => a.id)))), fc.stringMatching(ACTION_ID)),
        )
        .map(([pv, fieldKey, actionId]) => ({ ...pv, fieldKey, actionId }));
      if (declared.length === 0) return random;
      // An action the plugin declares, with values for that plugin: reaches the core's resolution and the plugin.
      const real = fc
        .tuple(fc.constantFrom(...declared), pluginWithValues(world))
        .map(([action, pv]) => ({ ...action, values: pv.pluginId === action.pluginId ? pv.values : {} }));
      return fc.oneof(random, real);
    }
    case 'clearTokenCache':
      return fc.record({ pluginId: pluginIdArb(world) }, { requiredKeys: [] });
    case 'readLog':
      return fc.record(
        {
          tail: fc.integer({ min: 1, max: 10_000 }),
          minLevel: fc.constantFrom('debug', 'info', 'warn', 'error'),
          grep: fc.string({ maxLength: 200 }),
          before: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)),
          after: fc.oneof(fc.nat(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER)),
        },
        { requiredKeys: [] },
      );
    case 'openTextFile':
      return fc.record({ title: fc.string({ minLength: 1, maxLength: 200 }) });
    case 'trustPlugin':
      // Mostly the hash of a file in the world's plugins folder, so a trust can succeed.
      return fc.record({ sha256: fc.oneof(fc.constantFrom(...(world.detectedSha256 ?? ['0'.repeat(64)])), fc.stringMatching(/^[0-9a-f]{64}$/)) });
  }
}

/** Text shaped like an SPS ini file (for plugins with a settings file format), or random text. */
function iniText(world: FuzzWorld): fc.Arbitrary<string> {
  const keys = world.plugins.flatMap((p) => p.settings.map((f) => f.key));
  const word = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ .-]{0,12}$/);
  const line = fc.oneof(
    fc.constantFrom('[tpam]', '[plugin]', '[DEFAULT]', '[ tpam ]', '[', ']', '[]', '# comment', '; comment', '', '   '),
    word.map((w) => `[${w}]`),
    fc.tuple(fc.oneof(fc.constantFrom(...keys), word), fc.constantFrom(' = ', '=', ': ', ':', ' '), fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('$', 'yes', 'no', 'true', '%(server)s', '%(missing)s', '%%', '%(', '%(a)s%(a)s'))).map(
      ([k, sep, v]) => `${k}${sep}${v}`,
    ),
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
    .tuple(fc.array(fc.tuple(fc.constantFrom('replace' as const, 'insert' as const, 'drop' as const), fc.nat(), line), { maxLength: 2 }), fc.constantFrom('\n', '\r\n'))
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
    { weight: 3, arbitrary: fc.tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r')).map(([lines, eol]) => lines.join(eol)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('[tpam]\n' + 'server = a\n'.repeat(50_000), '[tpam]\nserver = ' + '%(server)s'.repeat(10_000), '['.repeat(100_000), 'a = b\n'.repeat(100)) },
  );
}

// ------------------------------------------------------------------------------------------
// Near-valid payloads: a valid payload with one thing changed

type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'valuesReplace'; pick: number; value: unknown }
  | { kind: 'valuesExtra'; key: string; value: unknown }
  | { kind: 'valuesWhole'; value: unknown }
  | { kind: 'stringEdit'; pick: number; edit: 'upper' | 'pad' | 'control' | 'zeroWidth' | 'truncate' | 'huge' | 'double'; huge: string }
  | { kind: 'wrap'; how: 'array' | 'json' | 'arrayLike' | 'nested' | 'nullProto' };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: adversarialValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), key: objectKey, value: adversarialValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('valuesReplace' as const), pick: fc.nat(), value: adversarialValue }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('valuesExtra' as const), key: objectKey, value: fc.oneof(adversarialValue, fc.constant('x'), fc.constant({ stored: true })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('valuesWhole' as const), value: adversarialValue }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('stringEdit' as const),
      pick: fc.nat(),
      edit: fc.constantFrom('upper' as const, 'pad' as const, 'control' as const, 'zeroWidth' as const, 'truncate' as const, 'huge' as const, 'double' as const),
      huge: hugeString,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wrap' as const), how: fc.constantFrom('array' as const, 'json' as const, 'arrayLike' as const, 'nested' as const, 'nullProto' as const) }) },
);

function pickKey(obj: object, pick: number): string | undefined {
  const keys = Object.keys(obj);
  return keys.length === 0 ? undefined : keys[pick % keys.length];
}

function editString(s: string, edit: Extract<Mutation, { kind: 'stringEdit' }>['edit'], huge: string): string {
  switch (edit) {
    case 'upper':
      return s.toUpperCase() === s ? `${s}X` : s.toUpperCase();
    case 'pad':
      return ` ${s} `;
    case 'control':
      return `${s}\u0000\n`;
    case 'zeroWidth':
      return `${s.slice(0, 1)}\u200B${s.slice(1)}`;
    case 'truncate':
      return s.slice(0, Math.max(0, s.length - 1));
    case 'huge':
      return huge;
    case 'double':
      return s + s;
  }
}

export function applyMutation(valid: Payload, m: Mutation): unknown {
  const out: Payload = { ...valid };
  const values = typeof out.values === 'object' && out.values !== null ? { ...(out.values as Payload) } : null;
  switch (m.kind) {
    case 'replace': {
      const key = pickKey(out, m.pick);
      return key === undefined ? withOwnKey(out, '__proto__', m.value) : withOwnKey(out, key, m.value);
    }
    case 'delete': {
      const key = pickKey(out, m.pick);
      if (key !== undefined) delete out[key];
      return out;
    }
    case 'extra':
      return withOwnKey(out, m.key, m.value);
    case 'valuesReplace': {
      if (!values) return withOwnKey(out, 'values', m.value);
      const key = pickKey(values, m.pick) ?? 'constructor';
      out.values = withOwnKey(values, key, m.value);
      return out;
    }
    case 'valuesExtra':
      out.values = withOwnKey(values ?? {}, m.key, m.value);
      return out;
    case 'valuesWhole':
      out.values = m.value;
      return out;
    case 'stringEdit': {
      const stringKeys = Object.keys(out).filter((k) => typeof out[k] === 'string');
      const key = stringKeys[m.pick % Math.max(1, stringKeys.length)];
      if (key === undefined) return withOwnKey(out, 'pluginId', editString('static-vault', m.edit, m.huge));
      out[key] = editString(out[key] as string, m.edit, m.huge);
      return out;
    }
    case 'wrap':
      switch (m.how) {
        case 'array':
          return [out];
        case 'json':
          return JSON.stringify(out);
        case 'arrayLike':
          return Object.assign([], out);
        case 'nested':
          return { request: out };
        case 'nullProto':
          return Object.assign(Object.create(null) as object, out);
      }
  }
}

/** A valid payload as JSON text with `"__proto__"`/`"constructor"`/`"prototype"` spliced in, parsed back. */
function pollutedPayload(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<unknown> {
  const polluter = fc.constantFrom(
    '"__proto__":{"polluted":true}',
    '"constructor":{"prototype":{"polluted":true}}',
    '"prototype":{"polluted":true}',
    '"__proto__":{"stored":true}',
    '"constructor":"x"',
    '"hasOwnProperty":"x"',
    '"toString":{"stored":true}',
  );
  return fc.tuple(validPayload(channel, world), polluter, fc.constantFrom('top' as const, 'values' as const, 'both' as const)).map(([valid, entry, where]) => {
    const text = JSON.stringify(valid);
    // Replacer functions, not strings: a value holding `$&` or `$'` must not be expanded.
    const splice = (json: string) => (json === '{}' ? `{${entry}}` : json.replace(/^\{/, () => `{${entry},`));
    const values = (valid as Payload).values;
    if (where !== 'top' && values !== undefined) {
      const valuesText = JSON.stringify(values);
      const inner = text.replace(`"values":${valuesText}`, () => `"values":${splice(valuesText)}`);
      return JSON.parse(where === 'both' ? splice(inner) : inner) as unknown;
    }
    return JSON.parse(splice(text)) as unknown;
  });
}

/** A valid payload with a huge string in one place: a field, a setting value or a key. */
function hugePayload(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<unknown> {
  return fc.tuple(validPayload(channel, world), hugeString, fc.constantFrom(...HUGE_KEYS), fc.constantFrom('field' as const, 'value' as const, 'list' as const, 'key' as const), fc.nat()).map(([valid, huge, hugeKey, where, pick]) => {
    const out: Payload = { ...valid };
    switch (where) {
      case 'field': {
        const key = pickKey(out, pick);
        return key === undefined ? { title: huge } : withOwnKey(out, key, huge);
      }
      case 'value':
        out.values = withOwnKey({ ...((out.values as Payload | undefined) ?? {}) }, pickKey((out.values as Payload | undefined) ?? {}, pick) ?? 'notes', huge);
        return out;
      case 'list':
        out.values = { sources: [huge], notes: 'x' };
        return out;
      case 'key':
        return withOwnKey(out, hugeKey, 1);
    }
  });
}

/** A valid payload with 100–10,000 levels of nesting in one place. */
function deepPayload(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<unknown> {
  return fc.tuple(validPayload(channel, world), deepValue, fc.constantFrom('top' as const, 'field' as const, 'value' as const, 'whole' as const), fc.nat()).map(([valid, deep, where, pick]) => {
    const out: Payload = { ...valid };
    switch (where) {
      case 'whole':
        return deep;
      case 'top':
        return withOwnKey(out, 'nested', deep);
      case 'field': {
        const key = pickKey(out, pick) ?? 'pluginId';
        return withOwnKey(out, key, deep);
      }
      case 'value':
        out.values = withOwnKey({ ...((out.values as Payload | undefined) ?? {}) }, 'vaultFile', deep);
        return out;
    }
  });
}

/**
 * Every kind of payload for one channel: valid, near-valid (one mutation), random values of any
 * type, prototype-pollution keys, huge strings and deep nesting.
 */
export function payloadFor(channel: ChannelName, world: FuzzWorld): fc.Arbitrary<unknown> {
  const valid = validPayload(channel, world);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(valid, mutationArb).map(([v, m]) => applyMutation(v, m)) },
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: adversarialValue },
    { weight: 1, arbitrary: pollutedPayload(channel, world) },
    { weight: 1, arbitrary: hugePayload(channel, world) },
    { weight: 1, arbitrary: deepPayload(channel, world) },
  );
}

/** Channel names that are not in the map: look-alikes, method names of Object, random text. */
export const unknownChannelName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    ...DANGEROUS_KEYS,
    'length',
    '0',
    'retrieveCredential',
    'retrievePassword',
    'getSecret',
    'eval',
    'ecm:listPlugins',
    'listplugins',
    'LISTPLUGINS',
    'listPlugins ',
    ' listPlugins',
    'listPlugins\u0000',
    'listPlugins\n',
    'list\u200BPlugins',
    'listPlugins.call',
    'saveSettings/../listPlugins',
    'a'.repeat(10_000),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[a-z][A-Za-z]{2,20}$/),
);

/** Trying to clone as Electron IPC would; values it cannot carry (e.g. 5,000 levels) are sent as they are. */
export function asIpcWouldDeliver(payload: unknown): unknown {
  try {
    return structuredClone(payload);
  } catch {
    return payload;
  }
}
