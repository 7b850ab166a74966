import os from 'node:os';
import { isKeepStored, type SettingViewValue } from '../../../shared/plugin/secret-values';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { SettingField } from '../../../shared/plugin/settings-schema';

/** One setting as the report prints it: never a secret's value. */
export interface ReportSetting {
  label: string;
  key: string;
  value: string;
}

/**
 * The settings a review used, for its report: the draft over the saved view (as the review
 * resolved them), plain values as text, each secret only as "stored", "given (not shown)" or
 * "not set". Works from the view, which holds no secret, and the draft, whose secrets it never reads.
 */
export function reportSettings(
  fields: readonly SettingField[],
  view: Readonly<Record<string, SettingViewValue>>,
  draft: DraftValues | undefined,
  useStored = true,
): ReportSetting[] {
  return fields.map((field) => {
    const given = draft?.[field.key];
    // A settings file stands alone (useStored false): what it leaves out takes the default.
    const saved = useStored ? view[field.key] : field.default;
    let value: string;
    if (field.type === 'secret') {
      if (typeof given === 'string') value = given === '' ? 'not set' : 'given (not shown)';
      else if ((given === undefined || isKeepStored(given)) && isStoredView(saved)) value = 'stored';
      else value = 'not set';
    } else {
      const plain = given !== undefined && !isKeepStored(given) ? given : saved;
      value = Array.isArray(plain) ? plain.join(', ') : plain === undefined || isStoredView(plain) ? '' : String(plain);
    }
    return { label: field.label, key: field.key, value };
  });
}

function isStoredView(value: unknown): value is { stored: true } {
  return typeof value === 'object' && value !== null && (value as { stored?: unknown }).stored === true;
}

/** Who ran the review, as the OS names them; a system without a user entry says so. */
export function reviewRunBy(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '(unknown user)';
  }
}
