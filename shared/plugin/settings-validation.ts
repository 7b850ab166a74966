import { assertNever } from '../assert-never';
import type { SettingField, SettingValue, SettingsValues } from './settings-schema';

/**
 * Validation of settings values against a plugin's field list. Runs in the renderer
 * (inline, as the admin types) and in the core (before every save and test), so both
 * give the same message for the same value.
 */

export interface FieldProblem {
  key: string;
  label: string;
  message: string;
}

export function isEmptyValue(value: SettingValue | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** The value a field takes when nothing is given: its default, or the type's empty value. */
export function emptyValueFor(field: SettingField): SettingValue {
  if (field.default !== undefined) return field.default;
  switch (field.type) {
    case 'boolean':
      return false;
    case 'list':
      return [];
    case 'number':
      return 0;
    case 'string':
    case 'secret':
    case 'enum':
    case 'multiline':
      return '';
    default:
      return assertNever(field.type, 'field type');
  }
}

/** Another setting's value, for rules that depend on it (`onlyWhenOn`); undefined when unknown. */
export type SettingLookup = (key: string) => SettingValue | undefined;

/**
 * Checks one value. `secretStored` says a secret is kept in the sealed store (so an empty input is
 * fine); `others` gives the other settings (a rule that needs one it cannot see treats it as off).
 */
export function validateField(
  field: SettingField,
  value: SettingValue | undefined,
  secretStored = false,
  others?: SettingLookup,
): string | null {
  if (isEmptyValue(value)) {
    if (field.required && !(field.type === 'secret' && secretStored)) return `${field.label} is required.`;
    return null;
  }
  const v = field.validation ?? {};
  switch (field.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `${field.label} must be yes or no.`;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${field.label} must be a number.`;
      if (v.integer && !Number.isInteger(value)) return `${field.label} must be a whole number.`;
      if (v.min !== undefined && value < v.min) return `${field.label} must be at least ${v.min}.`;
      if (v.max !== undefined && value > v.max) return `${field.label} must be at most ${v.max}.`;
      return null;
    }
    case 'list': {
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
        return `${field.label} must be a list of text values.`;
      }
      for (const item of value) {
        const problem = checkText(field, item.trim());
        if (problem) return `${problem} (entry '${item}')`;
      }
      return null;
    }
    case 'enum': {
      if (typeof value !== 'string') return `${field.label} must be one of: ${optionList(field)}.`;
      const known = (field.options ?? []).some((o) => o.value === value);
      return known ? null : `${field.label} must be one of: ${optionList(field)}; '${value}' is not.`;
    }
    case 'string':
    case 'secret':
    case 'multiline': {
      if (typeof value !== 'string') return `${field.label} must be text.`;
      const text = field.type === 'string' ? value.trim() : value;
      return checkText(field, text) ?? checkOnlyWhenOn(field, text, others);
    }
    default:
      return assertNever(field.type, 'field type');
  }
}

function checkOnlyWhenOn(field: SettingField, text: string, others: SettingLookup | undefined): string | null {
  const rule = field.validation?.onlyWhenOn;
  if (!rule || !new RegExp(rule.pattern, rule.patternFlags).test(text)) return null;
  return others?.(rule.setting) === true ? null : rule.message;
}

/** The fields whose message depends on `key` (re-check them when it changes). */
export function fieldsDependingOn(fields: readonly SettingField[], key: string): SettingField[] {
  return fields.filter((f) => f.validation?.onlyWhenOn?.setting === key);
}

function optionList(field: SettingField): string {
  return (field.options ?? []).map((o) => o.value).join(', ');
}

function checkText(field: SettingField, text: string): string | null {
  const v = field.validation ?? {};
  if (v.minLength !== undefined && text.length < v.minLength) {
    return `${field.label} must be at least ${v.minLength} characters long.`;
  }
  if (v.maxLength !== undefined && text.length > v.maxLength) {
    return `${field.label} must be at most ${v.maxLength} characters long.`;
  }
  // The whole value must match, whether or not the plugin anchored its pattern.
  if (v.pattern !== undefined && !new RegExp(`^(?:${v.pattern})$`, v.patternFlags).test(text)) {
    return v.patternMessage ?? `${field.label} has an unexpected format.`;
  }
  return null;
}

/** Checks every field; unknown keys are problems too, so a typo never passes silently. */
export function validateSettings(
  fields: readonly SettingField[],
  values: Partial<SettingsValues>,
  storedSecrets: ReadonlySet<string> = new Set(),
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      const name = key.length > 64 ? `${key.slice(0, 64)}…` : key;
      problems.push({
        key: name,
        label: name,
        message: `'${name}' is not a setting of this plugin. Known settings: ${[...known].join(', ')}.`,
      });
    }
  }
  const others: SettingLookup = (key) =>
    values[key] ?? fields.find((f) => f.key === key && f.type !== 'secret')?.default;
  for (const field of fields) {
    // A value left out takes the field's default, so a required field with a default is never "missing".
    const value = values[field.key] ?? (field.type === 'secret' ? undefined : field.default);
    const message = validateField(field, value, storedSecrets.has(field.key), others);
    if (message) problems.push({ key: field.key, label: field.label, message });
  }
  return problems;
}

/** Fills in defaults for the keys not given. */
export function withDefaults(fields: readonly SettingField[], values: Partial<SettingsValues>): SettingsValues {
  const out: SettingsValues = {};
  for (const field of fields) {
    const given = values[field.key];
    out[field.key] = given === undefined ? emptyValueFor(field) : given;
  }
  return out;
}
