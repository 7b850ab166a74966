import { z } from 'zod';
import { EcmError } from '../../../shared/errors';
import { SealBindingMismatch, type SealBinding } from '../security/seal-binding';
import type { Sealer } from '../security/sealer';
import type { SettingsStore } from '../settings/settings-store';

/**
 * The plugin files the admin trusted, kept in settings.json as one sealed value. Sealing makes
 * the list tamper-evident: someone who can write the plugins folder (or even settings.json) but
 * cannot seal (DPAPI for that user, or the CLI's sealing.key) cannot add a hash to it. The
 * sealed text names its purpose, so another sealed value (a password) moved here is refused.
 */
export interface TrustedFile {
  file: string;
  sha256: string;
  size: number;
  trustedAt: string;
}

const PURPOSE = 'ecm-plugin-trust';
/** The list is sealed bound to its own place, so no other sealed value opens as the list. */
const BINDING: SealBinding = { plugin: '(core)', field: 'trustedPlugins', bind: {} };

const trustDocSchema = z
  .object({
    purpose: z.literal(PURPOSE),
    files: z.array(
      z
        .object({
          file: z.string().min(1),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          size: z.number().int().nonnegative(),
          trustedAt: z.string(),
        })
        .strict(),
    ),
  })
  .strict();

export async function readTrustList(settings: SettingsStore, sealer: Sealer): Promise<TrustedFile[]> {
  const sealed = await settings.getTrustedPlugins();
  return sealed === null ? [] : openTrustList(sealer, sealed.sealed);
}

/** Adds (or replaces, by file name) one entry, under the settings lock. */
export async function addToTrustList(settings: SettingsStore, sealer: Sealer, entry: TrustedFile): Promise<void> {
  await settings.updateTrustedPlugins(async (current) => {
    const files = current === null ? [] : await openTrustList(sealer, current.sealed);
    const next = [...files.filter((f) => f.file !== entry.file), entry].sort((a, b) => a.file.localeCompare(b.file));
    return { sealed: await sealer.seal(JSON.stringify({ purpose: PURPOSE, files: next }), BINDING) };
  });
}

async function openTrustList(sealer: Sealer, sealed: string): Promise<TrustedFile[]> {
  let text: string;
  try {
    text = await sealer.unseal(sealed, BINDING);
  } catch (err) {
    if (err instanceof SealBindingMismatch)
      throw unreadable('it is not a list of trusted plugins (a sealed value was moved here)');
    throw unreadable((err as Error).message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = trustDocSchema.safeParse(json);
  if (!parsed.success) throw unreadable('it is not a list of trusted plugins (a sealed value was moved here)');
  return parsed.data.files;
}

function unreadable(why: string): EcmError {
  return new EcmError({
    code: 'SECRET_STORE',
    message: `The list of trusted plugins in settings.json cannot be read: ${why}. No third-party plugin is loaded.`,
    hint: 'Trust the plugins again from the program that saved the list (the app or its --cli, as the same Windows user). If settings.json was altered, restore it or remove its "trustedPlugins" entry and trust each plugin again.',
  });
}
