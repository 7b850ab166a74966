import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorAt } from '../../../../electron/core/settings/json-error-at';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorAt', () => {
  it('agrees with JSON.parse on what is valid, for JSON and for JSON with random damage', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('', 'x', '"', ',', '}', ']', '\u0001', '\\'))
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), (text) => {
        expect(jsonErrorAt(text) === null, JSON.stringify(text)).toBe(parses(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the line and column of the first error, and says when the text ends too early', () => {
    expect(jsonErrorAt('{\n  "a": 1,\n  "b": tru\n}')).toEqual({ line: 3, column: 8, atEnd: false });
    expect(jsonErrorAt('{\n  "a": [1, 2')).toEqual({ line: 2, column: 13, atEnd: true });
    expect(jsonErrorAt('{"a": 1} extra')).toEqual({ line: 1, column: 10, atEnd: false });
  });
});
