import fc from 'fast-check';
import type { Payload } from './fuzz-world';
import { hugeString, objectKey } from './strings';
import { adversarialValue, withOwnKey } from './values';

// ------------------------------------------------------------------------------------------
// Near-valid payloads: a valid payload with one thing changed

type Mutation =
  | { kind: 'replace'; pick: number; value: unknown }
  | { kind: 'delete'; pick: number }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'valuesReplace'; pick: number; value: unknown }
  | { kind: 'valuesExtra'; key: string; value: unknown }
  | { kind: 'valuesWhole'; value: unknown }
  | {
      kind: 'stringEdit';
      pick: number;
      edit: 'upper' | 'pad' | 'control' | 'zeroWidth' | 'truncate' | 'huge' | 'double';
      huge: string;
    }
  | { kind: 'wrap'; how: 'array' | 'json' | 'arrayLike' | 'nested' | 'nullProto' };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('replace' as const), pick: fc.nat(), value: adversarialValue }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('extra' as const), key: objectKey, value: adversarialValue }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('valuesReplace' as const), pick: fc.nat(), value: adversarialValue }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('valuesExtra' as const),
      key: objectKey,
      value: fc.oneof(adversarialValue, fc.constant('x'), fc.constant({ stored: true })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('valuesWhole' as const), value: adversarialValue }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('stringEdit' as const),
      pick: fc.nat(),
      edit: fc.constantFrom(
        'upper' as const,
        'pad' as const,
        'control' as const,
        'zeroWidth' as const,
        'truncate' as const,
        'huge' as const,
        'double' as const,
      ),
      huge: hugeString,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('wrap' as const),
      how: fc.constantFrom(
        'array' as const,
        'json' as const,
        'arrayLike' as const,
        'nested' as const,
        'nullProto' as const,
      ),
    }),
  },
);

export function pickKey(obj: object, pick: number): string | undefined {
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
