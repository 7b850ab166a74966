import { describe, expect, it } from 'vitest';
import { coerceSettings } from '../../../../electron/core/settings/settings-exchange';
import type { SettingField } from '../../../../shared/plugin/settings-schema';

// `config import` and `test-settings --settings <file>` coerce each value by its field's type. A
// value of the wrong type is refused naming the field and what it should be; a secret's value is
// never repeated in that message, whatever its type, while other values are shown, clipped.
const fields: SettingField[] = [
  { key: 'apiPassword', label: 'API Password', description: '', type: 'secret' },
  { key: 'port', label: 'Port', description: '', type: 'number' },
];

function refusal(values: Record<string, unknown>): { code: string; field?: string; message: string } {
  try {
    coerceSettings(fields, values, 'settings.json');
  } catch (err) {
    return err as { code: string; field?: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('type errors in a settings file', () => {
  it.each([
    [987654321987, 'a number'],
    [true, 'a boolean'],
    [['Secret-In-A-List-1'], 'a list'],
    [{ value: 'Secret-In-An-Object-1' }, 'an object'],
  ])('never repeat the secret %j, only its type (%s)', (value, type) => {
    const err = refusal({ apiPassword: value });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'settings.apiPassword' });
    expect(err.message).toBe(`settings.json: 'apiPassword' (API Password) must be a string; found ${type}.`);
    expect(err.message).not.toMatch(/987654321987|Secret-In|true/);
  });

  it('show a wrong non-secret value, clipped to 40 characters', () => {
    const err = refusal({ port: 'x'.repeat(1000) });
    expect(err).toMatchObject({ code: 'VALIDATION', field: 'settings.port' });
    expect(err.message).toBe(`settings.json: 'port' (Port) must be a number; found string "${'x'.repeat(39)}.`);
  });
});
