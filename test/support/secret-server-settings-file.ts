import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { API_PASSWORD, API_USER } from './secret-server-world';

/**
 * Writes a Secret Server settings file for the CLI's `--settings` (the test world's API account
 * against the simulator at `url`, plain http allowed when the simulator speaks it) and returns its
 * path; `overrides` replace or add values.
 */
export function writeSecretServerSettingsFile(
  dir: string,
  url: string,
  overrides: Record<string, unknown> = {},
): string {
  const file = path.join(dir, 'ss.json');
  const values = {
    endpointUrl: url,
    ...(url.startsWith('http:') ? { allowUnencryptedHttp: true } : {}),
    apiUser: API_USER,
    apiPassword: API_PASSWORD,
    ...overrides,
  };
  writeFileSync(file, JSON.stringify(values));
  return file;
}
