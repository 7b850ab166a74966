import { describe, expect, it, vi } from 'vitest';
import type { LogLine, LogPage } from '../../../../shared/ipc/responses';
import { createLogStore } from '../../../../renderer/src/stores/log/log-store';
import { installFakeEcm } from '../../support/fake-ecm';

/** A log of `count` entries at offsets 0, 100, 200, …; readLog answers like the core does. */
function fakeLog(count: number) {
  const all: LogLine[] = Array.from({ length: count }, (_, i) => ({
    time: '2026-11-30 10:00:00.000',
    level: i % 10 === 0 ? 'error' : 'info',
    scope: 'core',
    message: `entry ${i}`,
    offset: i * 100,
  }));
  const log = {
    all,
    size: () => all.length * 100,
    read(req: { tail: number; before?: number; after?: number; minLevel?: string }): LogPage {
      const inRange = all.filter(
        (l) =>
          (req.before === undefined || l.offset < req.before) && (req.after === undefined || l.offset >= req.after),
      );
      const passing = req.minLevel === 'error' ? inRange.filter((l) => l.level === 'error') : inRange;
      const lines = passing.slice(-req.tail);
      return {
        path: '/data/Configurator.log',
        lines,
        startOffset: lines[0]?.offset ?? req.before ?? 0,
        atStart: lines.length === passing.length,
        fileSize: log.size(),
      };
    },
  };
  return log;
}

describe('log store', () => {
  it('loads the tail with the filters in force and follows it', async () => {
    const log = fakeLog(800);
    const ecm = installFakeEcm({ readLog: (r) => log.read(r) });
    const store = createLogStore();
    await store.getState().loadTail();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.lines).toHaveLength(500);
    expect(s.lines.at(-1)?.message).toBe('entry 799');
    expect(s.follow).toBe(true);
    expect(ecm.requests('readLog')).toEqual([{ tail: 500 }]);
  });

  it('pages older entries in front, then polls only what was written since', async () => {
    const log = fakeLog(800);
    const ecm = installFakeEcm({ readLog: (r) => log.read(r) });
    const store = createLogStore();
    await store.getState().loadTail();
    await store.getState().loadOlder();
    expect(store.getState().lines).toHaveLength(800);
    expect(store.getState().atStart).toBe(true);
    log.all.push({ time: 't', level: 'warn', scope: 'core', message: 'new', offset: 80_000 });
    await store.getState().poll();
    expect(store.getState().lines.at(-1)?.message).toBe('new');
    expect(ecm.requests('readLog').at(-1)).toEqual({ tail: 1000, after: 80_000 });
  });

  it('drops the answer of a read made for filters that changed meanwhile', async () => {
    const log = fakeLog(50);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ecm = installFakeEcm({
      readLog: async (r) => {
        if (r.minLevel === undefined) await gate; // the first, unfiltered read is slow
        return log.read(r);
      },
    });
    const store = createLogStore();
    const first = store.getState().loadTail();
    await vi.waitFor(() => expect(ecm.calls).toHaveLength(1)); // the slow read is under way
    store.getState().setMinLevel('error');
    const shown: string[][] = [];
    store.subscribe((s) => shown.push(s.lines.map((l) => l.level)));
    release();
    await first;
    await vi.waitFor(() => expect(store.getState().lines).toHaveLength(5));
    // The unfiltered answer never reached the screen.
    expect(shown.flat().filter((level) => level !== 'error')).toEqual([]);
  });

  it('applies the text filter once, after the debounce', async () => {
    const log = fakeLog(20);
    const ecm = installFakeEcm({ readLog: (r) => log.read(r) });
    const store = createLogStore();
    store.getState().setGrepInput('a');
    store.getState().setGrepInput('al');
    store.getState().setGrepInput('alice');
    expect(store.getState().grep).toBe('');
    await vi.waitFor(() => expect(ecm.requests('readLog')).toEqual([{ tail: 500, grep: 'alice' }]));
    expect(store.getState().grepInput).toBe('alice');
  });

  it('shows the core error, and keeps what it already shows', async () => {
    const log = fakeLog(10);
    installFakeEcm({ readLog: (r) => log.read(r) });
    const store = createLogStore();
    await store.getState().loadTail();
    installFakeEcm({}); // the core now answers nothing
    await store.getState().loadTail();
    expect(store.getState().error?.message).toMatch(/no answer for readLog/);
    expect(store.getState().status).toBe('ready');
    expect(store.getState().lines).toHaveLength(10);
  });

  it('keeps the state of separate stores apart (no module-level state)', async () => {
    installFakeEcm({ readLog: (r) => fakeLog(3).read(r) });
    const a = createLogStore();
    const b = createLogStore();
    await a.getState().loadTail();
    expect(a.getState().lines).toHaveLength(3);
    expect(b.getState().lines).toHaveLength(0);
    expect(b.getState().status).toBe('idle');
  });
});
