import { expect } from 'vitest';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';
import { EcmError } from '../../../../shared/errors';

/** Helpers of the SPS ini import tests (sps-ini-import*.test.ts). */

/** The smallest valid ini, with `extra` lines in [tpam] and `plugin` lines in [plugin]. */
export const minimal = (extra = '', plugin = '') =>
  `[tpam]\nserver=tpam01\nserver_public_key=tpam01 ssh-ed25519 AAAA\nserver_user=isacli\nserver_user_key=$\n${extra}\n[plugin]\n${plugin}\n`;

/** The VALIDATION error importing `text` throws. */
export function importError(text: string): EcmError {
  try {
    importSpsIni(text);
  } catch (err) {
    expect(err).toBeInstanceOf(EcmError);
    expect((err as EcmError).code).toBe('VALIDATION');
    return err as EcmError;
  }
  throw new Error('importSpsIni did not throw');
}

/** The lines of that error's message. */
export const messages = (text: string) => importError(text).message.split('\n');
