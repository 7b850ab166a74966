import { describe, expect, it } from 'vitest';
import { draftValuesSchema } from '../../../shared/plugin/draft-values';
import {
  draftOfView,
  emptySecretDraft,
  isKeepStored,
  isPlainValue,
  isSealed,
  isSecretDraft,
  isSecretView,
  keepsStoredSecret,
  plainValues,
  secretDraftOf,
  secretPayloadOf,
  secretViewOf,
} from '../../../shared/plugin/secret-values';

describe('secret value shapes', () => {
  it('tells each shape from the plain values and from the others', () => {
    const plain = ['text', '', 0, false, [], ['a']];
    const shapes = [
      { stored: true },
      { stored: false },
      { sealed: 'sealed:v2:node:x' },
      { stored: true, replacement: '', cleared: false },
    ];
    for (const value of plain) expect(isPlainValue(value)).toBe(true);
    for (const value of [...shapes, null, undefined]) expect(isPlainValue(value)).toBe(false);

    expect(shapes.map(isKeepStored)).toEqual([true, false, false, false]);
    expect(shapes.map(isSealed)).toEqual([false, false, true, false]);
    expect(shapes.map(isSecretDraft)).toEqual([false, false, false, true]);
    expect(shapes.map(isSecretView)).toEqual([true, true, false, true]);
    // An exchange file's marker must be exactly { "stored": true }: anything more is not "keep".
    expect(isKeepStored({ stored: true, extra: 1 })).toBe(false);
    expect(isKeepStored({ stored: 'true' })).toBe(false);
    for (const value of plain)
      expect([isKeepStored(value), isSealed(value), isSecretDraft(value), isSecretView(value)]).toEqual([
        false,
        false,
        false,
        false,
      ]);
  });

  it('turns stored → view → form → draft without ever holding a stored value', () => {
    expect(secretViewOf({ sealed: 'sealed:v2:node:x' })).toEqual({ stored: true });
    expect(secretViewOf(undefined)).toEqual({ stored: false });
    expect(secretViewOf('a plain value where a secret was expected')).toEqual({ stored: false });

    const kept = secretDraftOf({ stored: true });
    expect(kept).toEqual({ stored: true, replacement: '', cleared: false });
    expect(keepsStoredSecret(kept)).toBe(true);
    expect(secretPayloadOf(kept)).toEqual({ stored: true });
    expect(secretPayloadOf({ ...kept, replacement: 'new' })).toBe('new');
    expect(keepsStoredSecret({ ...kept, replacement: 'new' })).toBe(false);
    expect(secretPayloadOf({ ...kept, cleared: true })).toBe('');
    expect(secretDraftOf(undefined)).toEqual(emptySecretDraft());
    expect(secretPayloadOf(emptySecretDraft())).toBeUndefined();
    // Every payload the form sends passes the channel's schema.
    expect(
      draftValuesSchema.safeParse({ a: secretPayloadOf(kept), b: secretPayloadOf({ ...kept, cleared: true }) }).success,
    ).toBe(true);
  });

  it('keeps only plain values, and writes a saved view as a draft that changes nothing', () => {
    expect(plainValues({ a: 'x', b: { stored: true }, c: ['y'], d: { sealed: 's' }, e: 3 })).toEqual({
      a: 'x',
      c: ['y'],
      e: 3,
    });
    expect(
      draftOfView({ url: 'https://a', password: { stored: true }, passphrase: { stored: false }, port: 22 }),
    ).toEqual({
      url: 'https://a',
      password: { stored: true },
      port: 22,
    });
  });
});
