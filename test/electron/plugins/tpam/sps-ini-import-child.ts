/**
 * Runs importSpsIni on the file named in argv[2] in its own process and prints the outcome as one
 * JSON line. The limits test uses it so that an import which never ends (the caps removed) can be
 * killed and reported as a failure instead of blocking the test runner's own thread.
 */
import { readFileSync } from 'node:fs';
import type { EcmError } from '../../../../shared/errors';
import { importSpsIni } from '../../../../electron/plugins/tpam/sps-ini';

try {
  const result = importSpsIni(readFileSync(process.argv[2] ?? '', 'utf8'));
  process.stdout.write(`${JSON.stringify({ ok: true, values: result.values })}\n`);
} catch (err) {
  const e = err as EcmError;
  process.stdout.write(`${JSON.stringify({ ok: false, code: e.code, message: e.message, field: e.field })}\n`);
}
