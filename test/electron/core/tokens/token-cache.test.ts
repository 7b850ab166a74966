import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NodeSealer } from '../../../../electron/core/security/node-sealer';
import { TokenCache } from '../../../../electron/core/tokens/token-cache';
import { useTempDirs } from '../../../support/temp-dir';

describe('TokenCache', () => {
  const tempDir = useTempDirs();

  async function open(dir = tempDir(), now = () => Date.now()) {
    return { dir, cache: new TokenCache(dir, await NodeSealer.open(dir), () => {}, now) };
  }

  it('keeps tokens sealed at rest and reloads them in a new process', async () => {
    const { dir, cache } = await open();
    await cache.scope('p').set('api', 'Token-Marker-91b2', 60_000);
    expect(readFileSync(cache.file, 'utf8')).not.toContain('Token-Marker-91b2');
    const { cache: again } = await open(dir);
    expect(await again.scope('p').get('api')).toBe('Token-Marker-91b2');
  });

  it('writes many tokens set at once in a few coalesced writes, sealing each token once', async () => {
    const dir = tempDir();
    const sealer = await NodeSealer.open(dir);
    let seals = 0;
    const counting = Object.assign(Object.create(sealer) as NodeSealer, {
      seal: (...args: Parameters<NodeSealer['seal']>) => {
        seals += 1;
        return sealer.seal(...args);
      },
    });
    const cache = new TokenCache(dir, counting);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => cache.scope('p').set(`user${i}`, `Token-${i}-marker`, 60_000)),
    );
    // Each set resolved with its token on disk; one write per set would have sealed 1 + 2 + … + 40 = 820 times.
    expect(seals).toBe(40);
    const again = new TokenCache(dir, sealer);
    expect(await Promise.all([0, 17, 39].map((i) => again.scope('p').get(`user${i}`)))).toEqual([
      'Token-0-marker',
      'Token-17-marker',
      'Token-39-marker',
    ]);
  });

  it('expires each entry on its own', async () => {
    let now = 1_000;
    const { cache } = await open(undefined, () => now);
    const scoped = cache.scope('p');
    await scoped.set('short', 'a', 100);
    await scoped.set('long', 'b', 10_000);
    now += 500;
    expect(await scoped.get('short')).toBeUndefined();
    expect(await scoped.get('long')).toBe('b');
  });

  it('runs one fetch for all concurrent callers of the same key', async () => {
    const { cache } = await open();
    let fetches = 0;
    const fetch = async () => {
      fetches++;
      await new Promise((r) => setTimeout(r, 20));
      return { token: 'shared-token', ttlMs: 60_000 };
    };
    const tokens = await Promise.all(Array.from({ length: 50 }, () => cache.scope('p').getOrFetch('k', fetch)));
    expect(new Set(tokens)).toEqual(new Set(['shared-token']));
    expect(fetches).toBe(1);
  });

  it('lets a failed fetch be retried', async () => {
    const { cache } = await open();
    await expect(
      cache.scope('p').getOrFetch('k', async () => Promise.reject(new Error('login failed'))),
    ).rejects.toThrow('login failed');
    expect(await cache.scope('p').getOrFetch('k', async () => ({ token: 't', ttlMs: 1000 }))).toBe('t');
  });

  it('clears one plugin, or all, and says how many entries it removed', async () => {
    const { dir, cache } = await open();
    await cache.scope('a').set('1', 'x', 60_000);
    await cache.scope('a').set('2', 'y', 60_000);
    await cache.scope('b').set('1', 'z', 60_000);
    expect(await cache.scope('a').clear()).toBe(2);
    expect(await cache.clear()).toBe(1);
    expect(await cache.clear()).toBe(0);
    const { cache: again } = await open(dir);
    expect(await again.size()).toBe(0);
  });

  it('ignores a damaged cache file with a warning instead of failing', async () => {
    const dir = tempDir();
    const warnings: string[] = [];
    const sealer = await NodeSealer.open(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(`${dir}/token-cache.json`, '{not json');
    const cache = new TokenCache(dir, sealer, (m) => warnings.push(m));
    expect(await cache.scope('p').get('x')).toBeUndefined();
    expect(warnings[0]).toContain('damaged');
  });
});
