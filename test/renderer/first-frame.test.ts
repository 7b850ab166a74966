import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { LogPage } from '../../shared/ipc/responses';
import { installFakeEcm } from './support/fake-ecm';

const page: LogPage = {
  path: '/data/Configurator.log',
  lines: [{ time: '2026-12-01 10:00:00.000', level: 'info', scope: 'core', message: 'newest', offset: 0 }],
  startOffset: 0,
  atStart: true,
  fileSize: 60,
};

describe('the first frame', () => {
  beforeEach(() => vi.resetModules());

  it('is rendered with the log tail already in the store when the early read answers in time', async () => {
    installFakeEcm({ readLog: () => page });
    const { startEarlyTail } = await import('../../renderer/src/stores/log/early-tail');
    const { useLogStore } = await import('../../renderer/src/stores/log/log-store');
    const { renderFirstFrame } = await import('../../renderer/src/first-frame');
    startEarlyTail();
    const seen: string[][] = [];
    await renderFirstFrame(() => seen.push(useLogStore.getState().lines.map((l) => l.message)), 1000);
    expect(seen).toEqual([['newest']]);
  });

  it('is rendered without waiting longer than it may for a slow read', async () => {
    installFakeEcm({ readLog: () => new Promise<LogPage>(() => {}) });
    const { startEarlyTail } = await import('../../renderer/src/stores/log/early-tail');
    const { useLogStore } = await import('../../renderer/src/stores/log/log-store');
    const { renderFirstFrame } = await import('../../renderer/src/first-frame');
    startEarlyTail();
    let rendered = 0;
    await renderFirstFrame(() => rendered++, 5);
    expect(rendered).toBe(1);
    expect(useLogStore.getState().status).toBe('idle');
  });

  it('is rendered at once when the log is collapsed: its lines would not show', async () => {
    installFakeEcm({ readLog: () => new Promise<LogPage>(() => {}) });
    const { startEarlyTail } = await import('../../renderer/src/stores/log/early-tail');
    const { useLayoutStore } = await import('../../renderer/src/stores/layout-store');
    const { renderFirstFrame } = await import('../../renderer/src/first-frame');
    useLayoutStore.setState({ logCollapsed: true });
    startEarlyTail();
    let rendered = 0;
    const done = renderFirstFrame(() => rendered++, 60_000);
    await Promise.resolve();
    expect(rendered).toBe(1);
    await done;
  });
});
