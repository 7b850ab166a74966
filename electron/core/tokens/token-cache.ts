import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PluginTokenCache } from '../../../shared/plugin/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { Mutex } from '../fs/mutex';
import type { SealBinding } from '../security/seal-binding';
import type { Sealer } from '../security/sealer';

export const TOKEN_CACHE_FILE = 'token-cache.json';

const fileSchema = z.object({
  version: z.literal(1),
  entries: z.record(z.string(), z.object({ sealed: z.string(), expiresAt: z.number() }).strict()),
});

interface Entry {
  token: string;
  expiresAt: number;
  /** The token as written to disk, sealed once when first written (not again on every write). */
  sealed?: string;
}

/**
 * Authentication tokens, held in memory and sealed at rest so they survive a restart
 * (and so a second CLI run does not log in again). Each entry expires on its own.
 * Concurrent callers asking for the same missing token share one fetch.
 */
export class TokenCache {
  readonly file: string;
  private entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<string>>();
  private readonly mutex = new Mutex();
  private loaded: Promise<void> | null = null;
  /** The next write, queued but not started: every change made before it starts is in it. */
  private nextWrite: Promise<void> | null = null;

  constructor(
    dataDir: string,
    private readonly sealer: Sealer,
    private readonly onWarning: (message: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.file = path.join(dataDir, TOKEN_CACHE_FILE);
  }

  /** The view one plugin gets: its own namespace. */
  scope(pluginId: string): PluginTokenCache {
    const prefix = `${pluginId}|`;
    return {
      get: (key) => this.get(prefix + key),
      set: (key, token, ttlMs) => this.set(prefix + key, token, ttlMs),
      delete: (key) => this.delete(prefix + key),
      getOrFetch: (key, fetch) => this.getOrFetch(prefix + key, fetch),
      clear: (keyPrefix = '') => this.clear(prefix + keyPrefix),
    };
  }

  async get(key: string): Promise<string | undefined> {
    await this.ensureLoaded();
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      await this.persist();
      return undefined;
    }
    return entry.token;
  }

  async set(key: string, token: string, ttlMs: number): Promise<void> {
    await this.ensureLoaded();
    this.entries.set(key, { token, expiresAt: this.now() + Math.max(0, ttlMs) });
    await this.persist();
  }

  async delete(key: string): Promise<boolean> {
    await this.ensureLoaded();
    const had = this.entries.delete(key);
    if (had) await this.persist();
    return had;
  }

  async getOrFetch(key: string, fetch: () => Promise<{ token: string; ttlMs: number }>): Promise<string> {
    const cached = await this.get(key);
    if (cached !== undefined) return cached;
    const running = this.inFlight.get(key);
    if (running) return running;
    const started = (async () => {
      const { token, ttlMs } = await fetch();
      await this.set(key, token, ttlMs);
      return token;
    })();
    this.inFlight.set(key, started);
    try {
      return await started;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** Removes every entry whose key starts with `prefix` (all when empty); returns how many. */
  async clear(prefix = ''): Promise<number> {
    await this.ensureLoaded();
    let removed = 0;
    for (const key of [...this.entries.keys()]) {
      if (key.startsWith(prefix)) {
        this.entries.delete(key);
        removed++;
      }
    }
    await this.persist();
    return removed;
  }

  async size(): Promise<number> {
    await this.ensureLoaded();
    return this.entries.size;
  }

  private ensureLoaded(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  private async load(): Promise<void> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch {
      return; // no cache yet
    }
    const parsed = fileSchema.safeParse(safeJson(text));
    if (!parsed.success) {
      // A cache is disposable: a damaged one only costs a fresh login.
      this.onWarning(`The token cache ${this.file} is damaged and is ignored; tokens will be fetched again.`);
      return;
    }
    const now = this.now();
    for (const [key, entry] of Object.entries(parsed.data.entries)) {
      if (entry.expiresAt <= now) continue;
      try {
        this.entries.set(key, {
          token: await this.sealer.unseal(entry.sealed, tokenBinding(key)),
          expiresAt: entry.expiresAt,
          sealed: entry.sealed,
        });
      } catch {
        this.onWarning('A cached token could not be unsealed and was dropped.');
      }
    }
  }

  /**
   * Resolves once the file holds every change made before the call. Writes are coalesced: callers
   * that arrive while one write runs share the next, which takes its snapshot when it starts. An
   * access review impersonating 50 users at eight at a time thus makes a few writes, not 50 in a
   * queue that each impersonation had to wait through (each with an fsync and every token resealed).
   */
  private persist(): Promise<void> {
    this.nextWrite ??= this.mutex.run(async () => {
      this.nextWrite = null;
      const entries: Record<string, { sealed: string; expiresAt: number }> = {};
      for (const [key, entry] of [...this.entries.entries()]) {
        entry.sealed ??= await this.sealer.seal(entry.token, tokenBinding(key));
        entries[key] = { sealed: entry.sealed, expiresAt: entry.expiresAt };
      }
      await writeFileAtomic(this.file, JSON.stringify({ version: 1, entries }));
    });
    return this.nextWrite;
  }
}

/** A cached token is sealed bound to its cache key, so it can never be opened as a settings secret. */
function tokenBinding(key: string): SealBinding {
  return { plugin: 'token-cache', field: key, bind: {} };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
