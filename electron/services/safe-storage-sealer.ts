import type { SafeStorage } from 'electron';
import { EcmError } from '../../shared/errors';
import { foreignSealerError, unsealError } from '../core/security/node-sealer';
import { canonicalBinding, SealBindingMismatch, type SealBinding } from '../core/security/seal-binding';
import { envelope, openEnvelope, type Sealer } from '../core/security/sealer';

type SafeStorageLike = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

/**
 * Seals with the OS through Electron's safeStorage (DPAPI on Windows, Keychain on macOS,
 * libsecret/kwallet on Linux). Fails closed: on Linux with the `basic_text` backend the
 * "encryption" is a hard-coded password, so secrets are refused rather than stored weakly.
 */
export class SafeStorageSealer implements Sealer {
  readonly kind = 'os';

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly platform: NodeJS.Platform = process.platform,
  ) {}

  private assertUsable(): void {
    const backend = this.platform === 'linux' ? this.safeStorage.getSelectedStorageBackend?.() : undefined;
    if (backend === 'basic_text' || !this.safeStorage.isEncryptionAvailable()) {
      throw new EcmError({
        code: 'SECRET_STORE',
        message:
          backend === 'basic_text'
            ? 'No OS secret store is available (Linux backend "basic_text"), so secrets cannot be sealed safely and were not stored.'
            : 'The OS secret store is not available, so secrets cannot be sealed and were not stored.',
        hint:
          this.platform === 'linux'
            ? 'Run a Secret Service (gnome-keyring or KWallet) in this session, or use the CLI with --settings files.'
            : "Sign in interactively as this user once so Windows can create the user's data protection key.",
      });
    }
  }

  async seal(plain: string, binding?: SealBinding): Promise<string> {
    this.assertUsable();
    if (!binding) return envelope(this.kind, this.safeStorage.encryptString(plain).toString('base64'));
    // The OS seals the place together with the value: {plugin, field, bind, value}.
    const wrapper = JSON.stringify({
      plugin: binding.plugin,
      field: binding.field,
      bind: JSON.parse(canonicalBinding(binding)).bind,
      value: plain,
    });
    return envelope(this.kind, this.safeStorage.encryptString(wrapper).toString('base64'), 'v2');
  }

  async unseal(sealed: string, binding?: SealBinding): Promise<string> {
    const parts = openEnvelope(sealed);
    if (!parts) throw unsealError('the value is not a sealed secret');
    if (parts.kind !== this.kind) throw foreignSealerError(parts.kind, this.kind);
    this.assertUsable();
    let text: string;
    try {
      text = this.safeStorage.decryptString(Buffer.from(parts.payload, 'base64'));
    } catch {
      // DPAPI ties the value to this Windows user: another account or a reset profile cannot open it.
      throw unsealError('it was sealed for another Windows user or profile');
    }
    if (parts.version === 'v1') return text;
    return openWrapper(text, binding);
  }
}

/** The value of a v2 wrapper, only when it was sealed for exactly this binding. */
function openWrapper(text: string, binding: SealBinding | undefined): string {
  let wrapper: { plugin?: unknown; field?: unknown; bind?: unknown; value?: unknown };
  try {
    wrapper = JSON.parse(text) as typeof wrapper;
  } catch {
    throw unsealError('the sealed value is damaged');
  }
  if (typeof wrapper.value !== 'string' || typeof wrapper.plugin !== 'string' || typeof wrapper.field !== 'string')
    throw unsealError('the sealed value is damaged');
  const sealedFor = { plugin: wrapper.plugin, field: wrapper.field, bind: (wrapper.bind ?? {}) as SealBinding['bind'] };
  if (!binding || canonicalBinding(sealedFor) !== canonicalBinding(binding))
    throw new SealBindingMismatch({ plugin: sealedFor.plugin, field: sealedFor.field });
  return wrapper.value;
}
