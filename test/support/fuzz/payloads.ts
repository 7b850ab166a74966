import fc from 'fast-check';
import type { ChannelName } from '../../../shared/ipc/channel-names';
import type { FuzzWorld, Payload } from './fuzz-world';
import { applyMutation, mutationArb, pickKey } from './mutations';
import { DANGEROUS_KEYS, HUGE_KEYS, hugeString } from './strings';
import { validPayload } from './valid-payloads';
import { adversarialValue, deepValue, withOwnKey } from './values';

/**
 * Payload generators for the IPC fuzz tests (test/electron/core/api/dispatch.fuzz.test.ts):
 * random and adversarial values a compromised or buggy renderer could put into
 * `ipcRenderer.invoke`, and near-valid payloads (a valid request with one thing changed).
 *
 * Everything here is plain data: no functions, symbols or BigInts, which structured clone
 * (and so Electron IPC) cannot carry. Huge strings are built once and shared, so memory
 * stays bounded however many runs use them.
 *
 * The pieces: fuzz-world.ts (what the fuzz knows of the core), strings.ts and values.ts (odd and
 * hostile values), valid-payloads.ts and ini-text.ts (well-formed requests per channel),
 * mutations.ts (one change to a valid request); this file mixes them per channel.
 */

export type { FuzzPlugin, FuzzWorld } from './fuzz-world';
export { adversarialValue } from './values';

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
  return fc
    .tuple(validPayload(channel, world), polluter, fc.constantFrom('top' as const, 'values' as const, 'both' as const))
    .map(([valid, entry, where]) => {
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
  return fc
    .tuple(
      validPayload(channel, world),
      hugeString,
      fc.constantFrom(...HUGE_KEYS),
      fc.constantFrom('field' as const, 'value' as const, 'list' as const, 'key' as const),
      fc.nat(),
    )
    .map(([valid, huge, hugeKey, where, pick]) => {
      const out: Payload = { ...valid };
      switch (where) {
        case 'field': {
          const key = pickKey(out, pick);
          return key === undefined ? { title: huge } : withOwnKey(out, key, huge);
        }
        case 'value':
          out.values = withOwnKey(
            { ...((out.values as Payload | undefined) ?? {}) },
            pickKey((out.values as Payload | undefined) ?? {}, pick) ?? 'notes',
            huge,
          );
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
  return fc
    .tuple(
      validPayload(channel, world),
      deepValue,
      fc.constantFrom('top' as const, 'field' as const, 'value' as const, 'whole' as const),
      fc.nat(),
    )
    .map(([valid, deep, where, pick]) => {
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
