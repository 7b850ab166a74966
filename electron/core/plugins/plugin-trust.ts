import { EcmError } from '../../../shared/errors';
import type { DetectedPlugin, DetectedPlugins } from '../../../shared/plugin/detected-plugin';
import type { Logger, ScopedLogger } from '../log/logger';
import type { Sealer } from '../security/sealer';
import type { SettingsStore } from '../settings/settings-store';
import { promises as fs } from 'node:fs';
import { detectPluginFiles, sha256Of, type PluginFile } from './plugin-files';
import type { PluginRegistry } from './plugin-registry';
import { importTrustedFile } from './trusted-module-loader';
import { addToTrustList, readTrustList, type TrustedFile } from './trust-list';

/** `trusted`: from the plugins folder, by its trusted hash; `command-line`: named by the admin on an unpackaged build. */
export type PluginOrigin = { trust: 'built-in' } | { trust: 'trusted' | 'command-line'; file: string; sha256: string };

export interface PluginTrustOptions {
  /** The installation's plugins folder; null where there is none (the development CLI, most tests). */
  folder: string | null;
  dataDir: string;
  settings: SettingsStore;
  sealer: Sealer;
  registry: PluginRegistry;
  logger: Logger;
}

/**
 * Third-party plugins from the plugins folder, loaded only with the admin's consent: a file is
 * imported only when its SHA-256 is in the sealed trust list under its name. A new file waits
 * for the admin; a file whose bytes changed since it was trusted is not loaded until it is
 * trusted again. The app, its --cli and the development CLI all go through here.
 */
export class PluginTrust {
  private readonly log: ScopedLogger;
  /** By file name: what of it runs in this process. */
  private readonly loaded = new Map<string, { sha256: string; pluginIds: string[] }>();
  /** By file name and hash: why a trusted file is not running. */
  private readonly problems = new Map<string, string>();
  /** By plugin id: modules named on an unpackaged build's command line (the admin's consent). */
  private readonly commandLine = new Map<string, { file: string; size: number; sha256: string }>();

  constructor(private readonly options: PluginTrustOptions) {
    this.log = options.logger.scope('plugins');
  }

  get folder(): string | null {
    return this.options.folder;
  }

  /** At start: loads every trusted, unchanged file and logs each new or changed one. Never throws. */
  async loadTrusted(): Promise<void> {
    const { folder } = this.options;
    if (folder === null) return;
    const files = await detectPluginFiles(folder, (why) => this.log.warn(why));
    if (files.length === 0) return;
    let trusted: TrustedFile[];
    try {
      trusted = await readTrustList(this.options.settings, this.options.sealer);
    } catch (err) {
      this.log.error(`${(err as Error).message} ${(err as EcmError).hint ?? ''}`.trim());
      return;
    }
    for (const file of files) {
      const entry = trusted.find((t) => t.file === file.file);
      if (!entry) {
        this.log.warn(
          `New plugin file ${file.file} (${file.size} bytes, SHA-256 ${file.sha256}) in ${folder} was not loaded: an administrator must trust it first.`,
        );
      } else if (entry.sha256 !== file.sha256) {
        this.log.error(
          `Plugin file ${file.file} in ${folder} was not loaded: it changed since it was trusted (trusted SHA-256 ${entry.sha256}, now ${file.sha256}, ${file.size} bytes). Trust it again if the change is expected.`,
        );
      } else {
        await this.load(file);
      }
    }
  }

  /** Every plugin file in the folder with its trust state; reads no code. */
  async list(): Promise<DetectedPlugins> {
    const { folder } = this.options;
    if (folder === null) return { folder: null, plugins: [] };
    const files = await detectPluginFiles(folder);
    const trusted = files.length === 0 ? [] : await readTrustList(this.options.settings, this.options.sealer);
    return { folder, plugins: files.map((f) => this.describe(f, trusted)) };
  }

  /** The detected file of that name (the CLI's `plugins trust <file>`). */
  async find(fileName: string): Promise<DetectedPlugin> {
    const { plugins } = await this.list();
    const found = plugins.find((p) => p.file === fileName);
    if (!found) throw this.notDetected(`No plugin file named ${fileName} is in the plugins folder`, 'file');
    return found;
  }

  /**
   * Trusts the detected file(s) with this hash and loads them. The caller names a hash the main
   * process found, never a path: the file is looked up again in the folder, and only bytes with
   * exactly this hash are trusted and imported.
   */
  async trust(sha256: string, by: string): Promise<DetectedPlugin> {
    const { folder } = this.options;
    const files = folder === null ? [] : await detectPluginFiles(folder);
    const matches = files.filter((f) => f.sha256 === sha256);
    if (matches.length === 0)
      throw this.notDetected(`No plugin file with SHA-256 ${sha256} is in the plugins folder now`, 'sha256');
    for (const file of matches) {
      await addToTrustList(this.options.settings, this.options.sealer, {
        file: file.file,
        sha256: file.sha256,
        size: file.size,
        trustedAt: new Date().toISOString(),
      });
      this.log.warn(
        `Plugin file ${file.file} (${file.size} bytes, SHA-256 ${file.sha256}) in ${folder} trusted by the administrator (${by}).`,
      );
      const running = this.loaded.get(file.file);
      if (running && running.sha256 !== file.sha256) {
        this.problems.set(
          key(file),
          'An earlier version of this file is running; restart ECM Configurator to load this one.',
        );
      } else if (!running) {
        await this.load(file);
      }
    }
    const trusted = await readTrustList(this.options.settings, this.options.sealer);
    return this.describe(matches[0]!, trusted);
  }

  /** Records a module loaded because the admin named it (--plugin-module, development only), for `plugins`. */
  async noteCommandLine(file: string, pluginIds: readonly string[]): Promise<void> {
    const bytes = await fs.readFile(file).catch(() => Buffer.alloc(0));
    for (const id of pluginIds) this.commandLine.set(id, { file, size: bytes.length, sha256: sha256Of(bytes) });
  }

  /** Where a registered plugin came from and why it may run. */
  origin(pluginId: string): PluginOrigin {
    for (const [file, running] of this.loaded) {
      if (running.pluginIds.includes(pluginId)) return { trust: 'trusted', file, sha256: running.sha256 };
    }
    const named = this.commandLine.get(pluginId);
    if (named) return { trust: 'command-line', file: named.file, sha256: named.sha256 };
    return { trust: 'built-in' };
  }

  private async load(file: PluginFile): Promise<void> {
    const pluginIds: string[] = [];
    try {
      for (const plugin of await importTrustedFile(file, this.options.dataDir)) {
        try {
          this.options.registry.add(plugin);
          pluginIds.push(plugin.id);
        } catch (err) {
          this.problems.set(key(file), (err as Error).message);
        }
      }
    } catch (err) {
      this.problems.set(key(file), (err as Error).message);
    }
    const problem = this.problems.get(key(file));
    if (problem)
      this.log.error(
        `Trusted plugin file ${file.file} was not loaded${pluginIds.length ? ' entirely' : ''}: ${problem}`,
      );
    if (pluginIds.length > 0) {
      this.loaded.set(file.file, { sha256: file.sha256, pluginIds });
      this.log.info(`Loaded plugin file ${file.file} (SHA-256 ${file.sha256}): ${pluginIds.join(', ')}.`);
    }
  }

  private describe(file: PluginFile, trusted: readonly TrustedFile[]): DetectedPlugin {
    const entry = trusted.find((t) => t.file === file.file);
    const trust = !entry ? 'new' : entry.sha256 === file.sha256 ? 'trusted' : 'changed';
    const running = this.loaded.get(file.file);
    const loaded = running !== undefined && running.sha256 === file.sha256;
    const problem = this.problems.get(key(file));
    return {
      file: file.file,
      size: file.size,
      sha256: file.sha256,
      trust,
      ...(trust === 'changed' ? { trustedSha256: entry!.sha256 } : {}),
      loaded,
      pluginIds: loaded ? [...running.pluginIds] : [],
      ...(problem && trust === 'trusted' ? { problem } : {}),
    };
  }

  private notDetected(what: string, field: string): EcmError {
    return new EcmError({
      code: 'NOT_FOUND',
      field,
      message: `${what}${this.options.folder ? ` (${this.options.folder})` : ''}; nothing was trusted.`,
      hint: this.options.folder
        ? 'The file may have been changed, renamed or removed. List the plugins again and trust what is there now.'
        : 'This program has no plugins folder (the development CLI has one only when ECM_PLUGINS_DIR names it).',
    });
  }
}

function key(file: PluginFile): string {
  return `${file.file}\u0000${file.sha256}`;
}
