import fc from 'fast-check';
import { nastyNumber, nastyString, objectKey } from './strings';

/** Values of any shape: own `__proto__` keys, deep nesting, anything structured clone carries. */

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

export const pollutionValue: fc.Arbitrary<unknown> = fc
  .constantFrom(...POLLUTION_JSON)
  .map((text) => JSON.parse(text) as unknown);

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
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      [],
      {},
      [[]],
      [{}],
      { stored: true },
      { stored: 'true' },
      { stored: 1 },
      { sealed: 'sealed:v1:x' },
      [{ stored: true }],
    ),
  },
  { weight: 1, arbitrary: fc.array(nastyString, { maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Date(0),
      new Date(Number.NaN),
      new Map([['pluginId', 'static-vault']]),
      new Set(['static-vault']),
      new Uint8Array(16),
      new ArrayBuffer(8),
    ),
  },
);
