import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import { changedGuard, guardBinding, retypeSecretMessage } from '../../../shared/plugin/secret-guards';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import { SealBindingMismatch, type SealBinding } from '../security/seal-binding';
import { isUnboundEnvelope, type Sealer } from '../security/sealer';
import { isKeepStored, isSealed, type SealedValue } from '../../../shared/plugin/secret-values';
import type { StoredValue } from './settings-document';

/**
 * Secrets in settings.json are sealed bound to their place: plugin id, field key and the values
 * of the plugin's guard fields (defaults filled). Every path that reads or keeps a stored secret
 * (resolve for Test/retrieval, save, import) goes through here, so they all refuse the same way.
 */

type Values = Readonly<Record<string, unknown>>;

/** The binding of `field`'s sealed value when the plugin's plain values are `values`. */
export function settingsBinding(
  pluginId: string,
  field: SettingField,
  fields: readonly SettingField[],
  values: Values,
): SealBinding {
  return { plugin: pluginId, field: field.key, bind: guardBinding(fields, values) };
}

/**
 * The VALIDATION error for a draft that keeps a stored secret (left out or `{ stored: true }`)
 * while changing a guard field; null when no secret would cross a guard change.
 */
export function storedSecretCarryError(
  fields: readonly SettingField[],
  draft: DraftValues | undefined,
  stored: Record<string, StoredValue>,
): EcmError | null {
  const problem = carriedSecretProblems(fields, draft, stored)[0];
  if (!problem) return null;
  return new EcmError({
    code: 'VALIDATION',
    field: `values.${problem.key}`,
    message: problem.message,
    hint: problem.hint,
  });
}

/** Each stored secret the draft would keep across a guard change (for import's list of problems). */
export function carriedSecretProblems(
  fields: readonly SettingField[],
  draft: DraftValues | undefined,
  stored: Record<string, StoredValue>,
): { key: string; message: string; hint: string }[] {
  if (!draft) return [];
  const guard = changedGuard(fields, stored, draft);
  if (!guard) return [];
  return fields
    .filter((f) => f.type === 'secret' && isSealed(stored[f.key]) && keepsStored(draft[f.key]))
    .map((f) => ({
      key: f.key,
      message: retypeSecretMessage(f, guard),
      hint: `Type ${f.label} for the new ${guard.label}, or undo the change.`,
    }));
}

/** Opens a stored secret for `binding`; a value sealed for another place is a CONFIG error naming the field. */
export async function unsealSetting(
  sealer: Sealer,
  sealed: SealedValue,
  field: SettingField,
  fields: readonly SettingField[],
  binding: SealBinding,
): Promise<string> {
  try {
    return await sealer.unseal(sealed.sealed, binding);
  } catch (err) {
    if (!(err instanceof SealBindingMismatch)) throw err;
    const guards = fields.filter((f) => f.guardsSecrets).map((f) => f.label);
    throw new EcmError({
      code: 'CONFIG',
      field: `values.${field.key}`,
      message:
        `The stored ${field.label} (${binding.plugin}.${field.key}) was not sealed for this place: it was saved for another field or plugin` +
        `${guards.length ? ` or for another ${guards.join(' / ')}` : ''} (settings.json was changed by hand or copied). It was not used.`,
      hint: `Type ${field.label} again in the settings and save.`,
    });
  }
}

/**
 * The secret fields as resolve() hands them to a test or a retrieval, added to `out`: typed text
 * wins, '' clears, anything else opens the stored secret for its place (named in `storedSecrets`).
 */
export async function unsealSecretsForUse(
  sealer: Sealer,
  pluginId: string,
  fields: readonly SettingField[],
  draft: DraftValues | undefined,
  stored: Record<string, StoredValue>,
  out: Record<string, unknown>,
  storedSecrets: Set<string>,
): Promise<void> {
  for (const field of fields) {
    if (field.type !== 'secret') continue;
    const given = draft?.[field.key];
    const kept = stored[field.key];
    if (typeof given === 'string' && given !== '') out[field.key] = given;
    else if (given !== '' && isSealed(kept)) {
      out[field.key] = await unsealSetting(
        sealer,
        kept,
        field,
        fields,
        settingsBinding(pluginId, field, fields, stored),
      );
      storedSecrets.add(field.key);
    }
  }
}

/**
 * The secret fields as save() stores them: a secret given in the draft is sealed bound to the
 * guard values being saved (`plain`, the non-secret values); a stored one the draft keeps goes
 * through keptSecretForSave; `''` clears it. Given secrets are added to `plain` for validation.
 */
export async function sealSecretsForSave(
  sealer: Sealer,
  pluginId: string,
  fields: readonly SettingField[],
  draft: DraftValues,
  previous: Record<string, StoredValue>,
  plain: Record<string, unknown>,
  storedSecrets: Set<string>,
): Promise<Record<string, SealedValue>> {
  const out: Record<string, SealedValue> = {};
  for (const field of fields) {
    if (field.type !== 'secret') continue;
    const given = draft[field.key];
    const kept = previous[field.key];
    const binding = settingsBinding(pluginId, field, fields, plain);
    if (typeof given === 'string' && given !== '') {
      plain[field.key] = given;
      out[field.key] = { sealed: await sealer.seal(given, binding) };
    } else if (given !== '' && isSealed(kept)) {
      storedSecrets.add(field.key);
      out[field.key] = await keptSecretForSave(sealer, kept, field, fields, binding);
    }
  }
  return out;
}

/**
 * What save() keeps for a stored secret the draft does not replace: the same value when it is
 * bound and opens for its place, a value sealed today's way (v1) re-sealed bound, and a value of
 * another sealer (the app's OS sealer seen by the CLI) as it is, to be checked where it is used.
 */
export async function keptSecretForSave(
  sealer: Sealer,
  kept: SealedValue,
  field: SettingField,
  fields: readonly SettingField[],
  binding: SealBinding,
): Promise<SealedValue> {
  if (!kept.sealed.startsWith(`sealed:v1:${sealer.kind}:`) && !kept.sealed.startsWith(`sealed:v2:${sealer.kind}:`))
    return kept;
  const plain = await unsealSetting(sealer, kept, field, fields, binding);
  return isUnboundEnvelope(kept.sealed) ? { sealed: await sealer.seal(plain, binding) } : kept;
}

function keepsStored(given: DraftValues[string] | undefined): boolean {
  return given === undefined || isKeepStored(given);
}
