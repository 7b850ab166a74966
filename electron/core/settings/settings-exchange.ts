import { z } from 'zod';
import { assertNever } from '../../../shared/assert-never';
import { EcmError } from '../../../shared/errors';
import type { DraftValue, DraftValues } from '../../../shared/plugin/draft-values';
import { draftOfView, isKeepStored, isSealed, keepStored, plainValues } from '../../../shared/plugin/secret-values';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import { validateSettings } from '../../../shared/plugin/settings-validation';
import type { Core } from '../open-core';
import { carriedSecretProblems } from './sealed-settings';
import { checkDraft } from './settings-checks';

/**
 * The exchange format of `config export|import|validate` (and the demo's seed file). Secrets are
 * never exported in clear: a stored secret is written as `{ "stored": true }`, which import reads as
 * "keep the secret already sealed on this machine". Values are coerced like a CLI settings file.
 */
export const EXCHANGE_FORMAT = 'ecm-configurator-settings';

const exchangeSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.literal(1),
    activePlugin: z.string().nullable().optional(),
    plugins: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .strict();

export interface Exchange {
  activePlugin: string | null;
  plugins: Record<string, DraftValues>;
}

export interface ExchangeProblem {
  pluginId: string;
  key: string;
  message: string;
}

/** Reads an exchange document (already JSON-parsed) and coerces each plugin's values. */
export function parseExchange(core: Core, json: unknown, source: string): Exchange {
  const raw = exchangeSchema.safeParse(json);
  if (!raw.success) {
    const issue = raw.error.issues[0];
    throw new EcmError({
      code: 'VALIDATION',
      field: issue?.path.join('.') || 'file',
      message: `${source}: ${issue?.path.join('.') || 'the file'}: ${issue?.message}.`,
      hint: 'Start from a file written by `ecm-configurator config export`.',
    });
  }
  const plugins: Record<string, DraftValues> = {};
  for (const [pluginId, values] of Object.entries(raw.data.plugins)) {
    const plugin = core.registry.get(pluginId);
    plugins[pluginId] = coerceSettings(plugin.settings, values, `${source} (${pluginId})`, true);
  }
  if (raw.data.activePlugin) core.registry.get(raw.data.activePlugin);
  return { activePlugin: raw.data.activePlugin ?? null, plugins };
}

/** Every problem of every plugin's values, against what is stored on this machine. */
export async function exchangeProblems(core: Core, exchange: Exchange): Promise<ExchangeProblem[]> {
  const problems: ExchangeProblem[] = [];
  for (const [pluginId, values] of Object.entries(exchange.plugins)) {
    const plugin = core.registry.get(pluginId);
    const stored = (await core.settings.getStored(pluginId))?.values ?? {};
    const storedSecrets = new Set(
      plugin.settings.filter((f) => f.type === 'secret' && isSealed(stored[f.key])).map((f) => f.key),
    );
    for (const p of validateSettings(plugin.settings, plainValues(values), storedSecrets))
      problems.push({ pluginId, key: p.key, message: p.message });
    // `{"stored": true}` beside a changed Endpoint URL: the same refusal as Save and Test.
    for (const p of carriedSecretProblems(plugin.settings, values, stored))
      problems.push({ pluginId, key: p.key, message: `${p.message} ${p.hint}` });
    // What Save refuses beyond the schema (a key, a certificate, a URL): the same checks.
    for (const p of (await checkDraft(core.settings, plugin, values)).checks)
      problems.push({ pluginId, key: p.key, message: p.message });
  }
  return problems;
}

/** Checks the whole document first; only when all of it is valid, saves it. */
export async function importExchange(core: Core, exchange: Exchange): Promise<void> {
  const problems = await exchangeProblems(core, exchange);
  const first = problems[0];
  if (first) {
    throw new EcmError({
      code: 'VALIDATION',
      field: `${first.pluginId}.${first.key}`,
      message: problems.map((p) => `${p.pluginId}.${p.key}: ${p.message}`).join(' '),
      hint: 'Nothing was imported. Correct the file and import it again.',
    });
  }
  for (const [pluginId, values] of Object.entries(exchange.plugins)) {
    const plugin = core.registry.get(pluginId);
    await core.settings.save(plugin.id, plugin.settings, values);
  }
  if (exchange.activePlugin) await core.api.setActivePlugin({ pluginId: exchange.activePlugin });
}

/** The saved settings as an exchange document: stored secrets as `{ stored: true }` only. */
export async function exportExchange(
  core: Core,
  skipped: string[] = [],
): Promise<{ format: string; version: 1; activePlugin: string | null; plugins: Record<string, unknown> }> {
  const doc = await core.settings.load();
  const plugins: Record<string, unknown> = {};
  for (const pluginId of Object.keys(doc.plugins)) {
    // Without the plugin its fields (and which are secret) are unknown: it is named, not guessed at.
    if (!core.registry.has(pluginId)) {
      skipped.push(pluginId);
      continue;
    }
    const plugin = core.registry.get(pluginId);
    const view = await core.settings.view(pluginId, plugin.settings);
    plugins[pluginId] = draftOfView(view.values);
  }
  return { format: EXCHANGE_FORMAT, version: 1, activePlugin: doc.activePlugin, plugins };
}

/**
 * Coerces one file's object into draft values: values are literal (a key is its PEM text, not a
 * path); a list may be a comma-separated string and a boolean "yes"/"no"; everything else must
 * have its JSON type. Names the key and file on any problem; an unknown key is an error.
 */
export function coerceSettings(
  fields: readonly SettingField[],
  raw: unknown,
  source: string,
  allowStoredMarker = false,
): DraftValues {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'settings',
      message: `${source}: the settings must be a JSON object of key: value.`,
    });
  }
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const out: DraftValues = {};
  for (const [key, value] of Object.entries(raw)) {
    const field = byKey.get(key);
    if (!field) {
      throw new EcmError({
        code: 'VALIDATION',
        field: `settings.${key}`,
        message: `${source}: '${key}' is not a setting of this plugin.`,
        hint: `Known settings: ${[...byKey.keys()].join(', ')}.`,
      });
    }
    out[key] = coerceValue(field, value, source, allowStoredMarker);
  }
  return out;
}

function coerceValue(field: SettingField, value: unknown, source: string, allowStoredMarker: boolean): DraftValue {
  const bad = (expected: string): EcmError =>
    new EcmError({
      code: 'VALIDATION',
      field: `settings.${field.key}`,
      // A secret's value is never echoed, whatever its type.
      message: `${source}: '${field.key}' (${field.label}) must be ${expected}; found ${field.type === 'secret' ? describeType(value) : describe(value)}.`,
    });
  if (field.type === 'secret' && allowStoredMarker && isKeepStored(value)) return keepStored();
  switch (field.type) {
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(yes|no|true|false)$/i.test(value.trim()))
        return /^(yes|true)$/i.test(value.trim());
      throw bad('true/false (or "yes"/"no")');
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      throw bad('a number');
    case 'list':
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
      if (typeof value === 'string')
        return value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      throw bad('a list of strings (or one comma-separated string)');
    case 'string':
    case 'secret':
    case 'enum':
    case 'multiline':
      if (typeof value === 'string') return value;
      throw bad('a string');
    default:
      return assertNever(field.type, 'field type');
  }
}

function describeType(value: unknown): string {
  return value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
