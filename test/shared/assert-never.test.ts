import { describe, expect, it } from 'vitest';
import { assertNever } from '../../shared/assert-never';
import { FIELD_TYPES, type FieldType } from '../../shared/plugin/settings-schema';
import { emptyValueFor, validateField } from '../../shared/plugin/settings-validation';

/** A switch written like the ones over field types in the app: every type named, assertNever last. */
function editorName(type: FieldType): string {
  switch (type) {
    case 'string':
    case 'multiline':
      return 'text';
    case 'secret':
      return 'secret';
    case 'boolean':
      return 'switch';
    case 'enum':
      return 'dropdown';
    case 'number':
      return 'number';
    case 'list':
      return 'list';
    default:
      return assertNever(type, 'field type');
  }
}

/** The same switch missing one type: `npm run typecheck` fails unless the line below is an error. */
function incomplete(type: FieldType): string {
  switch (type) {
    case 'string':
    case 'multiline':
    case 'secret':
    case 'boolean':
    case 'enum':
    case 'number':
      return 'handled';
    default:
      // @ts-expect-error 'list' is not handled, so `type` is not `never` here.
      return assertNever(type, 'field type');
  }
}

describe('exhaustive field-type handling', () => {
  it('handles every field type, and refuses at run time a type the types rule out', () => {
    for (const type of FIELD_TYPES) expect(editorName(type)).not.toBe('');
    expect(incomplete('string')).toBe('handled');
    expect(() => incomplete('list')).toThrow('Unexpected field type: "list"');
  });

  it('gives each field type its empty value and its validation, with no type falling through to text', () => {
    const base = { key: 'k', label: 'K', description: '' };
    const empties = FIELD_TYPES.map((type) => emptyValueFor({ ...base, type }));
    expect(empties).toEqual(['', '', false, '', '', 0, []]);
    // A field type from outside the types (e.g. a plugin built against a newer contract) is a defect, not text.
    expect(() => validateField({ ...base, type: 'colour' as unknown as FieldType }, 'red')).toThrow(
      'Unexpected field type: "colour"',
    );
  });
});
