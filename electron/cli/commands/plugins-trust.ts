import path from 'node:path';
import { EcmError } from '../../../shared/errors';
import type { Core } from '../../core/open-core';
import { describeDetected, json, type CliIo } from '../output';

/**
 * `plugins trust <file>`: the same trust as the app's prompt. The file must be one the core
 * detected in the plugins folder; the admin sees its name, size and SHA-256 and confirms (or
 * passes --yes), and exactly those bytes are trusted: if the file changes meanwhile, nothing is.
 */
export async function trustPluginFile(
  core: Core,
  given: string,
  options: { yes?: boolean; json?: boolean },
  io: CliIo,
): Promise<number> {
  const folder = core.pluginTrust.folder;
  if (folder !== null && path.basename(given) !== given && path.resolve(path.dirname(given)) !== path.resolve(folder)) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'file',
      message: `${given} is not in the plugins folder ${folder}; only plugin files placed there can be trusted.`,
      hint: `Copy the file into ${folder} (administrators only), then run: plugins trust ${path.basename(given)}`,
    });
  }
  const detected = await core.pluginTrust.find(path.basename(given));
  if (detected.trust === 'trusted') {
    if (options.json) io.out(json({ ok: true, plugin: detected }));
    else io.out(`${detected.file} is already trusted (SHA-256 ${detected.sha256}).\n`);
    return 0;
  }
  io.err(describeDetected(folder ?? '', detected));
  if (!options.yes) {
    if (!io.confirm) {
      throw new EcmError({
        code: 'VALIDATION',
        field: 'yes',
        message: `Not trusted: ${detected.file} can only be trusted after confirming, and there is no terminal to ask on.`,
        hint: 'Check the SHA-256 above against the one the plugin vendor publishes, then run the command again with --yes.',
      });
    }
    if (!(await io.confirm(`Trust ${detected.file} and run its code in ECM Configurator from now on?`))) {
      io.err(`Not trusted: ${detected.file} stays unloaded.\n`);
      return 1;
    }
  }
  const trusted = await core.pluginTrust.trust(detected.sha256, 'from the command line');
  if (options.json) io.out(json({ ok: true, plugin: trusted }));
  else
    io.out(
      `Trusted ${trusted.file} (SHA-256 ${trusted.sha256}).${trusted.loaded ? ` Loaded: ${trusted.pluginIds.join(', ')}.` : ''}${trusted.problem ? ` Not loaded: ${trusted.problem}` : ''}\n`,
    );
  return trusted.problem ? 2 : 0;
}
