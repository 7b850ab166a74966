import type { Command } from 'commander';
import { z } from 'zod';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/ipc/payload-schemas';
import { validateSettings } from '../../../shared/plugin/settings-validation';
import { writeFileAtomic } from '../../core/fs/atomic-write';
import type { Core } from '../../core/open-core';
import { json } from '../output';
import { withCommonOptions, type CommandEnv } from '../program';
import { coerceSettings, readJsonFile } from '../settings-file';

/**
 * The exchange format of `config export|import|validate`. Secrets are never exported in
 * clear: a stored secret is written as `{ "stored": true }`, which import reads as
 * "keep the secret already sealed on this machine".
 */
const exchangeSchema = z
  .object({
    format: z.literal('ecm-configurator-settings'),
    version: z.literal(1),
    activePlugin: z.string().nullable().optional(),
    plugins: z.record(z.string(), z.record(z.string(), z.unknown())),
  })
  .strict();

export function registerConfig(program: Command, ctx: CommandEnv): void {
  const config = program.command('config').description('export, import, validate or restore the saved settings');

  withCommonOptions(config.command('export'))
    .description('write the saved settings as JSON (secrets as {"stored": true}, never in clear)')
    .option('--output <file>', 'write to this file instead of standard output')
    .action(async (options: { output?: string; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const doc = await exportSettings(core);
        if (options.output) {
          await writeFileAtomic(options.output, json(doc));
          ctx.io.err(`Settings exported to ${options.output}.\n`);
        } else {
          ctx.io.out(json(doc));
        }
        return 0;
      });
    });

  withCommonOptions(config.command('import'))
    .description('check a settings file and, only if all of it is valid, save it')
    .argument('<file>', 'a file written by `config export` (secrets may be given in clear; they are sealed)')
    .action(async (file: string, options: { dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const parsed = await readExchange(core, file);
        await checkAll(core, parsed);
        for (const [pluginId, values] of Object.entries(parsed.plugins)) {
          const plugin = core.registry.get(pluginId);
          await core.settings.save(plugin.id, plugin.settings, values);
        }
        if (parsed.activePlugin) await core.api.setActivePlugin({ pluginId: parsed.activePlugin });
        core.logger.scope('cli').info(`Settings imported from ${file}.`);
        ctx.io.out(`Imported settings for ${Object.keys(parsed.plugins).length} plugin(s) from ${file}.\n`);
        return 0;
      });
    });

  withCommonOptions(config.command('validate'))
    .description('check a settings file, or the saved settings when no file is given')
    .argument('[file]', 'a settings exchange file')
    .option('--json', 'print one JSON document')
    .action(async (file: string | undefined, options: { json?: boolean; dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const parsed = file ? await readExchange(core, file) : await savedAsExchange(core);
        const problems = await findProblems(core, parsed);
        if (options.json) ctx.io.out(json({ ok: problems.length === 0, problems }));
        else if (problems.length === 0) ctx.io.out(`${file ?? 'The saved settings'}: valid.\n`);
        else ctx.io.err(problems.map((p) => `${p.pluginId}.${p.key}: ${p.message}\n`).join(''));
        return problems.length === 0 ? 0 : 2;
      });
    });

  withCommonOptions(config.command('restore-backup'))
    .description('replace a damaged settings file with the last good copy (the damaged one is kept)')
    .action(async (options: { dataDir?: string; pluginModule?: string[] }) => {
      await ctx.run(options, async (core) => {
        const result = await core.api.restoreSettingsBackup({});
        if (!result.restored) {
          throw new EcmError({ code: 'NOT_FOUND', message: 'There is no last good copy of the settings to restore.' });
        }
        ctx.io.out(`Settings restored from the last good copy (saved ${result.savedAt}).\n`);
        return 0;
      });
    });
}

interface Exchange {
  activePlugin: string | null;
  plugins: Record<string, DraftValues>;
}

async function exportSettings(core: Core): Promise<unknown> {
  const doc = await core.settings.load();
  const plugins: Record<string, unknown> = {};
  for (const pluginId of Object.keys(doc.plugins)) {
    if (!core.registry.has(pluginId)) continue;
    const plugin = core.registry.get(pluginId);
    const view = await core.settings.view(pluginId, plugin.settings);
    // Secrets that are not stored are left out; stored ones appear only as the marker.
    plugins[pluginId] = Object.fromEntries(
      Object.entries(view.values).filter(([, v]) => !(typeof v === 'object' && !Array.isArray(v) && !v.stored)),
    );
  }
  return { format: 'ecm-configurator-settings', version: 1, activePlugin: doc.activePlugin, plugins };
}

async function savedAsExchange(core: Core): Promise<Exchange> {
  const exported = (await exportSettings(core)) as { activePlugin: string | null; plugins: Record<string, DraftValues> };
  return { activePlugin: exported.activePlugin, plugins: exported.plugins };
}

async function readExchange(core: Core, file: string): Promise<Exchange> {
  const raw = exchangeSchema.safeParse(await readJsonFile(file, 'settings'));
  if (!raw.success) {
    const issue = raw.error.issues[0];
    throw new EcmError({
      code: 'VALIDATION',
      field: issue?.path.join('.') || 'file',
      message: `${file}: ${issue?.path.join('.') || 'the file'}: ${issue?.message}.`,
      hint: 'Start from a file written by `ecm-configurator config export`.',
    });
  }
  const plugins: Record<string, DraftValues> = {};
  for (const [pluginId, values] of Object.entries(raw.data.plugins)) {
    const plugin = core.registry.get(pluginId);
    plugins[pluginId] = coerceSettings(plugin.settings, values, `${file} (${pluginId})`, true);
  }
  if (raw.data.activePlugin) core.registry.get(raw.data.activePlugin);
  return { activePlugin: raw.data.activePlugin ?? null, plugins };
}

async function findProblems(core: Core, exchange: Exchange): Promise<{ pluginId: string; key: string; message: string }[]> {
  const problems: { pluginId: string; key: string; message: string }[] = [];
  for (const [pluginId, values] of Object.entries(exchange.plugins)) {
    const plugin = core.registry.get(pluginId);
    const stored = (await core.settings.getStored(pluginId))?.values ?? {};
    const storedSecrets = new Set(
      plugin.settings.filter((f) => f.type === 'secret' && typeof stored[f.key] === 'object' && !Array.isArray(stored[f.key])).map((f) => f.key),
    );
    const plain = Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v !== 'object' || Array.isArray(v)));
    for (const p of validateSettings(plugin.settings, plain as never, storedSecrets)) {
      problems.push({ pluginId, key: p.key, message: p.message });
    }
  }
  return problems;
}

async function checkAll(core: Core, exchange: Exchange): Promise<void> {
  const problems = await findProblems(core, exchange);
  const first = problems[0];
  if (first) {
    throw new EcmError({
      code: 'VALIDATION',
      field: `${first.pluginId}.${first.key}`,
      message: problems.map((p) => `${p.pluginId}.${p.key}: ${p.message}`).join(' '),
      hint: 'Nothing was imported. Correct the file and import it again.',
    });
  }
}

