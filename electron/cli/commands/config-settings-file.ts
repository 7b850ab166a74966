import { promises as fs } from 'node:fs';
import { EcmError } from '../../../shared/errors';
import { MAX_TEXT } from '../../../shared/plugin/draft-values';
import { draftOfView } from '../../../shared/plugin/secret-values';
import { readProblem, writeOutputFile } from '../output-file';
import type { Core } from '../../core/open-core';
import { importExchange } from '../../core/settings/settings-exchange';
import type { CliIo } from '../output';

/**
 * `config import|export --format sps-ini --plugin tpam`: the plugin's own settings file (TPAM: the
 * SPS plugin's ini) from the command line, through the same core functions the app's Import .ini
 * and Export .ini buttons call, so both check the same things:
 * - import reads the file (every problem at its line, exit 2, nothing saved); its warnings (an
 *   option the plugin does not know, with "did you mean", a secret written in the file) are
 *   printed, and with any warning nothing is saved unless `--yes` says to import anyway, as the
 *   app asks before it fills the form. Then the values are saved like `config import`: checked
 *   whole first; a secret written as `$` (or left out) keeps the one sealed on this machine, a
 *   secret written in clear is sealed. The active plugin is not changed.
 * - export writes the saved settings; secrets only ever as the format's "stored elsewhere" marker.
 */

export const SETTINGS_FILE_FORMATS = ['json', 'sps-ini'] as const;
export type SettingsFileFormatName = (typeof SETTINGS_FILE_FORMATS)[number];

/** The JSON exchange holds every plugin, and has nothing to confirm: --plugin and --yes belong to sps-ini. */
export function onlyWithSpsIni(options: { plugin?: string; yes?: boolean }): void {
  const stray = options.plugin !== undefined ? '--plugin' : options.yes ? '--yes' : null;
  if (stray) {
    throw new EcmError({
      code: 'VALIDATION',
      field: stray,
      message: `${stray} is used only with --format sps-ini; the JSON exchange file holds the settings of every plugin.`,
    });
  }
}

/** The plugin whose settings file format is the SPS ini; usage errors name the option to fix. */
function iniPlugin(core: Core, pluginId: string | undefined) {
  if (!pluginId) {
    throw new EcmError({
      code: 'VALIDATION',
      field: '--plugin',
      message: '--format sps-ini needs --plugin <id>: the plugin whose settings the file holds (tpam).',
    });
  }
  const plugin = core.registry.get(pluginId);
  if (plugin.settingsFile?.extension !== 'ini') {
    throw new EcmError({
      code: 'VALIDATION',
      field: '--plugin',
      message: `Plugin '${plugin.id}' has no SPS ini settings file; --format sps-ini works with --plugin tpam.`,
    });
  }
  return plugin;
}

export async function importSettingsFile(
  core: Core,
  io: CliIo,
  file: string,
  options: { plugin?: string; yes?: boolean },
): Promise<number> {
  const plugin = iniPlugin(core, options.plugin);
  const text = await readTextFile(file);
  const { values, warnings } = await core.api.importSettingsFile({ pluginId: plugin.id, text });
  for (const warning of warnings) io.err(`Warning: ${warning}\n`);
  if (warnings.length > 0 && !options.yes) {
    throw new EcmError({
      code: 'VALIDATION',
      field: '--yes',
      message: `${file}: ${warnings.length} warning(s) above; nothing was imported.`,
      hint: 'Correct the file and import it again, or run the same command with --yes to import it as it is.',
    });
  }
  await importExchange(core, { activePlugin: null, plugins: { [plugin.id]: values } });
  core.logger
    .scope('cli')
    .info(
      `Settings of ${plugin.id} imported from the ${plugin.settingsFile?.label} ${file}${warnings.length ? ` with ${warnings.length} warning(s) accepted (--yes)` : ''}.`,
    );
  io.out(
    `Imported the settings of ${plugin.id} from ${file}${warnings.length ? ` (${warnings.length} warning(s) accepted with --yes)` : ''}.\n`,
  );
  return 0;
}

export async function exportSettingsFile(
  core: Core,
  io: CliIo,
  options: { plugin?: string; output?: string },
): Promise<number> {
  const plugin = iniPlugin(core, options.plugin);
  const view = await core.settings.view(plugin.id, plugin.settings);
  if (view.savedAt === null) {
    throw new EcmError({
      code: 'NOT_FOUND',
      field: '--plugin',
      message: `No settings of plugin '${plugin.id}' are saved; there is nothing to export.`,
      hint: `Save them in the app or with config import first.`,
    });
  }
  // A secret travels only as "stored" (never its value): the format writes its marker ($) for it.
  const { text } = await core.api.exportSettingsFile({ pluginId: plugin.id, values: draftOfView(view.values) });
  if (options.output) {
    await writeOutputFile(options.output, text);
    io.err(`Settings of ${plugin.id} exported to ${options.output}; secrets are written as $.\n`);
  } else {
    io.out(text);
  }
  return 0;
}

async function readTextFile(file: string): Promise<string> {
  let text: string;
  try {
    const stat = await fs.stat(file);
    if (stat.size > MAX_TEXT) {
      throw new EcmError({
        code: 'VALIDATION',
        field: 'file',
        message: `${file} is larger than 1 MB; an SPS plugin configuration is a few KB. Check the file name.`,
      });
    }
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof EcmError) throw err;
    throw readProblem('settings', file, err);
  }
  return text;
}
