import { promises as fs } from 'node:fs';
import { readProblem } from './output-file';
import { EcmError } from '../../shared/errors';

/**
 * Plugin settings files (`test-settings --settings <file.json>`): one plugin's settings as JSON,
 * keys as in the plugin's settings schema. Not the exchange file of `config export|import`
 * (every plugin's saved settings) nor settings.json in the data directory (the settings document).
 * `readJsonFile` also reads the exchange file. Values are
 * literal (a key or certificate is its PEM text, not a path). For convenience a list may be a
 * comma-separated string and a boolean may be "yes"/"no"; everything else must have its JSON type.
 */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw readProblem(what, file, err);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad writes a BOM
  } catch (err) {
    throw new EcmError({
      code: 'VALIDATION',
      field: what,
      message: `The ${what} file ${file} is not valid JSON: ${(err as Error).message}.`,
      hint: 'Fix the file; a JSON validator shows the exact place.',
    });
  }
}

export { coerceSettings } from '../core/settings/settings-exchange';
