import fc from 'fast-check';

/** Strings, numbers and keys a compromised renderer could send, from plain odd to huge. */

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
  "'; DROP TABLE settings; --",
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
 * fuzz keeps clear of them; each has its own test in dispatch.fuzz-defects.test.ts.
 */
export const HUGE_KEYS: readonly string[] = [
  'k'.repeat(1_000_001),
  '\u03A9'.repeat(600_000),
  `${'K_'.repeat(550_000)}`,
];

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
    arbitrary: fc.constantFrom(
      'pluginId',
      'values',
      'text',
      'user',
      'endpoint',
      'runId',
      'fieldKey',
      'actionId',
      'tail',
      'grep',
      'before',
      'after',
      'minLevel',
      'title',
      'stored',
      'sealed',
    ),
  },
);
