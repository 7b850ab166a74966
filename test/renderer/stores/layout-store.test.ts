import { afterEach, describe, expect, it, vi } from 'vitest';

// The split between settings and log, as remembered in localStorage: a damaged or hand-edited
// value never breaks the window, it falls back to the default or is clamped to what fits.
const load = async () => {
  vi.resetModules();
  return import('../../../renderer/src/stores/layout-store');
};

describe('layout store', () => {
  afterEach(() => localStorage.clear());

  it('starts at the default with nothing saved, and saves each change', async () => {
    const { useLayoutStore, LOG_DEFAULT_PERCENT, LAYOUT_STORAGE_KEY } = await load();
    expect(useLayoutStore.getState()).toMatchObject({ logPercent: LOG_DEFAULT_PERCENT, logCollapsed: false });
    useLayoutStore.getState().setLogPercent(33.33);
    useLayoutStore.getState().toggleLog();
    expect(JSON.parse(localStorage.getItem(LAYOUT_STORAGE_KEY)!)).toEqual({ logPercent: 33.3, logCollapsed: true });
    const again = await load();
    expect(again.useLayoutStore.getState()).toMatchObject({ logPercent: 33.3, logCollapsed: true });
  });

  it('clamps a size out of range and reopens a collapsed log when moved', async () => {
    const { useLayoutStore, LOG_MIN_PERCENT, LOG_MAX_PERCENT } = await load();
    useLayoutStore.getState().toggleLog();
    useLayoutStore.getState().setLogPercent(2);
    expect(useLayoutStore.getState()).toMatchObject({ logPercent: LOG_MIN_PERCENT, logCollapsed: false });
    useLayoutStore.getState().setLogPercent(99);
    expect(useLayoutStore.getState().logPercent).toBe(LOG_MAX_PERCENT);
  });

  it('ignores a damaged saved value', async () => {
    localStorage.setItem('ecm.layout', '{not json');
    const first = await load();
    expect(first.useLayoutStore.getState()).toMatchObject({
      logPercent: first.LOG_DEFAULT_PERCENT,
      logCollapsed: false,
    });
    localStorage.setItem('ecm.layout', JSON.stringify({ logPercent: 'tall', logCollapsed: 'yes' }));
    const second = await load();
    expect(second.useLayoutStore.getState()).toMatchObject({
      logPercent: second.LOG_DEFAULT_PERCENT,
      logCollapsed: false,
    });
    localStorage.setItem('ecm.layout', JSON.stringify({ logPercent: 1000 }));
    const third = await load();
    expect(third.useLayoutStore.getState().logPercent).toBe(third.LOG_MAX_PERCENT);
  });
});
