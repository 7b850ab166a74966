import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogPage } from '../../../../shared/ipc/responses';
import { installFakeEcm } from '../../support/fake-ecm';

function page(message: string): LogPage {
  const line = { time: '2026-11-30 10:00:00.000', level: 'info' as const, scope: 'core', message, offset: 0 };
  return { path: '/data/Configurator.log', lines: [line], startOffset: 0, atStart: true, fileSize: 100 };
}

/** early-tail.ts holds its read in module state: each test loads fresh copies of it and of the store. */
async function load() {
  vi.resetModules();
  const early = await import('../../../../renderer/src/stores/log/early-tail');
  const { createLogStore } = await import('../../../../renderer/src/stores/log/log-store');
  return { ...early, store: createLogStore({ firstTail: early.takeEarlyTail }) };
}

describe('the log tail asked for as the renderer starts', () => {
  beforeEach(() => vi.resetModules());

  it('is the viewer’s first page: the core is asked once, before the viewer mounts', async () => {
    let reads = 0;
    const ecm = installFakeEcm({ readLog: () => page(`read ${++reads}`) });
    const { startEarlyTail, store } = await load();
    startEarlyTail();
    expect(ecm.requests('readLog')).toEqual([{ tail: 500 }]);
    await store.getState().loadTail();
    expect(ecm.requests('readLog')).toHaveLength(1);
    expect(store.getState().lines.map((l) => l.message)).toEqual(['read 1']);
    // Taken once: a refresh reads again.
    await store.getState().loadTail();
    expect(ecm.requests('readLog')).toHaveLength(2);
    expect(store.getState().lines.map((l) => l.message)).toEqual(['read 2']);
  });

  it('is dropped when the first page asked for has other filters', async () => {
    const ecm = installFakeEcm({ readLog: (r) => page(r.minLevel ?? 'all') });
    const { startEarlyTail, store } = await load();
    startEarlyTail();
    store.getState().setMinLevel('error');
    await vi.waitFor(() => expect(store.getState().status).toBe('ready'));
    expect(ecm.requests('readLog')).toEqual([{ tail: 500 }, { tail: 500, minLevel: 'error' }]);
    expect(store.getState().lines.map((l) => l.message)).toEqual(['error']);
  });

  it('reports its failure in the viewer like any read', async () => {
    installFakeEcm({});
    const { startEarlyTail, store } = await load();
    startEarlyTail();
    await store.getState().loadTail();
    expect(store.getState().status).toBe('error');
    expect(store.getState().error?.message).toMatch(/readLog/);
  });

  it('is taken for the first frame when it answers in time, so the viewer does not read again', async () => {
    const ecm = installFakeEcm({ readLog: () => page('early') });
    const { startEarlyTail, takeEarlyTailWithin, store } = await load();
    startEarlyTail();
    const first = await takeEarlyTailWithin(1000);
    expect(first?.lines.map((l) => l.message)).toEqual(['early']);
    store.getState().showFirstTail(first!);
    expect(store.getState()).toMatchObject({ status: 'ready', follow: true, path: '/data/Configurator.log' });
    await store.getState().start();
    expect(ecm.requests('readLog')).toHaveLength(1);
    // Taken: a refresh asks the core, it does not get the first page again.
    await store.getState().refresh();
    expect(ecm.requests('readLog')).toHaveLength(2);
  });

  it('is left for the viewer when it is slower than the first frame waits', async () => {
    let answer: (p: LogPage) => void = () => {};
    const ecm = installFakeEcm({ readLog: () => new Promise<LogPage>((resolve) => (answer = resolve)) });
    const { startEarlyTail, takeEarlyTailWithin, store } = await load();
    startEarlyTail();
    expect(await takeEarlyTailWithin(5)).toBeNull();
    const started = store.getState().start();
    answer(page('late'));
    await started;
    expect(store.getState().lines.map((l) => l.message)).toEqual(['late']);
    expect(ecm.requests('readLog')).toHaveLength(1);
  });

  it('is not taken for the first frame when it failed: the viewer reports the failure', async () => {
    installFakeEcm({});
    const { startEarlyTail, takeEarlyTailWithin, store } = await load();
    startEarlyTail();
    expect(await takeEarlyTailWithin(1000)).toBeNull();
    await store.getState().start();
    expect(store.getState().status).toBe('error');
  });
});
