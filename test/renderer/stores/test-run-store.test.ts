import { afterEach, describe, expect, it, vi } from 'vitest';
import { EcmError } from '../../../shared/errors';
import type { TestSettingsResponse } from '../../../shared/ipc/responses';
import type { StepProgress } from '../../../shared/plugin/contract';
import { createTestRunStore, stepsFromResult } from '../../../renderer/src/stores/test-run-store';
import { installFakeEcm } from '../support/fake-ecm';

/** A promise the test settles when it chooses, to hold a run "in flight". */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const WAIT = { timeout: 5_000, interval: 20 };

function answer(steps: TestSettingsResponse['steps']): TestSettingsResponse {
  return { pluginId: 'tpam', user: 'alice', endpoint: 'srv01', credentials: [], steps, reasons: [], ms: 42 };
}

/** A store opened for TPAM with a user and endpoint typed, ready to run. */
function readyStore() {
  const store = createTestRunStore();
  store.getState().openFor('tpam');
  store.getState().setUser('alice');
  store.getState().setEndpoint('srv01');
  return store;
}

afterEach(() => {
  localStorage.clear();
});

describe('test-run store', () => {
  it('opens for a plugin with the user and endpoint last tested there', () => {
    localStorage.setItem('ecm.lastTest.tpam', JSON.stringify({ user: 'alice', endpoint: 'srv01' }));
    const store = createTestRunStore();
    store.getState().openFor('tpam');
    expect(store.getState()).toMatchObject({
      open: true,
      pluginId: 'tpam',
      user: 'alice',
      endpoint: 'srv01',
      status: 'idle',
    });
    store.getState().openFor('secret-server');
    expect(store.getState()).toMatchObject({ pluginId: 'secret-server', user: '', endpoint: '' });
  });

  it('opens with empty fields when what was remembered is unreadable', () => {
    localStorage.setItem('ecm.lastTest.tpam', '{not json');
    const store = createTestRunStore();
    store.getState().openFor('tpam');
    expect(store.getState()).toMatchObject({ open: true, user: '', endpoint: '' });
  });

  it('runs the test with the typed values, shows progress while it runs, then the result', async () => {
    const finish = deferred<TestSettingsResponse>();
    let progress: StepProgress[] = [];
    const ecm = installFakeEcm({
      testSettings: () => finish.promise,
      getTestProgress: () => ({ steps: progress, done: false }),
    });
    const store = createTestRunStore();
    store.getState().openFor('tpam');
    store.getState().setUser('  alice ');
    store.getState().setEndpoint(' srv01 ');
    const run = store.getState().run({ host: 'tpam.example' });
    expect(store.getState().status).toBe('running');

    progress = [{ name: 'Connect', status: 'running' }];
    await vi.waitFor(() => expect(store.getState().steps).toEqual([{ name: 'Connect', status: 'running' }]), WAIT);

    finish.resolve(
      answer([
        { name: 'Connect', ok: true, ms: 12 },
        { name: 'Fetch password', ok: true, ms: 30, detail: '1 credential' },
      ]),
    );
    await run;
    const s = store.getState();
    expect(s.status).toBe('succeeded');
    expect(s.error).toBeNull();
    expect(s.result?.ms).toBe(42);
    expect(s.steps).toEqual([
      { name: 'Connect', status: 'ok', ms: 12 },
      { name: 'Fetch password', status: 'ok', ms: 30, detail: '1 credential' },
    ]);
    const [request] = ecm.requests('testSettings');
    expect(request).toMatchObject({
      pluginId: 'tpam',
      values: { host: 'tpam.example' },
      user: 'alice',
      endpoint: 'srv01',
    });
    // Progress is asked for the same run the test was started as.
    expect(ecm.requests('getTestProgress').every((r) => r.runId === request?.runId)).toBe(true);
  });

  it('remembers the trimmed user and endpoint for the next time the dialog opens', async () => {
    installFakeEcm({ testSettings: () => answer([]), getTestProgress: () => ({ steps: [], done: true }) });
    const store = createTestRunStore();
    store.getState().openFor('tpam');
    store.getState().setUser(' bob ');
    store.getState().setEndpoint('srv02 ');
    await store.getState().run({});
    const reopened = createTestRunStore();
    reopened.getState().openFor('tpam');
    expect(reopened.getState()).toMatchObject({ user: 'bob', endpoint: 'srv02' });
  });

  it('shows the failure with the steps that ran, as the core reports them', async () => {
    installFakeEcm({
      testSettings: () => {
        throw new EcmError({
          code: 'LOGIN_FAILED',
          message: 'TPAM refused the service account.',
          hint: 'Check the key.',
          step: 'Log in',
        });
      },
      getTestProgress: () => ({
        steps: [
          { name: 'Connect', status: 'ok', ms: 5 },
          { name: 'Log in', status: 'failed', ms: 9 },
        ],
        done: true,
      }),
    });
    const store = readyStore();
    await store.getState().run({});
    const s = store.getState();
    expect(s.status).toBe('failed');
    expect(s.error).toMatchObject({
      code: 'LOGIN_FAILED',
      message: 'TPAM refused the service account.',
      hint: 'Check the key.',
    });
    expect(s.steps.map((x) => `${x.name}:${x.status}`)).toEqual(['Connect:ok', 'Log in:failed']);
    expect(s.result).toBeNull();
  });

  it('cancels the running test and ends as cancelled, not failed', async () => {
    const finish = deferred<TestSettingsResponse>();
    const ecm = installFakeEcm({
      testSettings: () => finish.promise,
      getTestProgress: () => ({ steps: [], done: false }),
      cancelTest: () => {
        finish.reject(new EcmError({ code: 'CANCELLED', message: 'The test was cancelled.' }));
        return { cancelled: true };
      },
    });
    const store = readyStore();
    const run = store.getState().run({});
    await store.getState().cancel();
    await run;
    expect(store.getState().status).toBe('cancelled');
    expect(ecm.requests('cancelTest')).toEqual([{ runId: ecm.requests('testSettings')[0]?.runId }]);
  });

  it('cancels a running test when the dialog is closed', async () => {
    const finish = deferred<TestSettingsResponse>();
    const ecm = installFakeEcm({
      testSettings: () => finish.promise,
      getTestProgress: () => ({ steps: [], done: false }),
      cancelTest: () => ({ cancelled: true }),
    });
    const store = readyStore();
    const run = store.getState().run({});
    store.getState().close();
    expect(store.getState().open).toBe(false);
    await vi.waitFor(() => expect(ecm.requests('cancelTest')).toHaveLength(1), WAIT);
    finish.reject(new EcmError({ code: 'CANCELLED', message: 'The test was cancelled.' }));
    await run;
  });

  it('asks nothing of the core when there is no running test to cancel', async () => {
    const ecm = installFakeEcm({ testSettings: () => answer([]), getTestProgress: () => ({ steps: [], done: true }) });
    const store = readyStore();
    await store.getState().cancel();
    await store.getState().run({});
    await store.getState().cancel();
    store.getState().close();
    expect(ecm.requests('cancelTest')).toEqual([]);
  });

  it('drops the answer of a run the admin walked away from', async () => {
    const finish = deferred<TestSettingsResponse>();
    installFakeEcm({ testSettings: () => finish.promise, getTestProgress: () => ({ steps: [], done: false }) });
    const store = readyStore();
    const run = store.getState().run({});
    store.getState().openFor('secret-server');
    finish.resolve(answer([{ name: 'Connect', ok: true, ms: 1 }]));
    await run;
    expect(store.getState()).toMatchObject({ pluginId: 'secret-server', status: 'idle', steps: [], result: null });
  });

  it('does not start without a plugin', async () => {
    const ecm = installFakeEcm({});
    const store = createTestRunStore();
    await store.getState().run({});
    expect(store.getState().status).toBe('idle');
    expect(ecm.calls).toEqual([]);
  });
});

describe('stepsFromResult', () => {
  it('marks each step ok or failed and keeps a detail only when there is one', () => {
    expect(
      stepsFromResult([
        { name: 'A', ok: true, ms: 1 },
        { name: 'B', ok: false, ms: 2, detail: 'refused' },
        { name: 'C', ok: false, ms: 3, detail: '' },
      ]),
    ).toEqual([
      { name: 'A', status: 'ok', ms: 1 },
      { name: 'B', status: 'failed', ms: 2, detail: 'refused' },
      { name: 'C', status: 'failed', ms: 3 },
    ]);
  });
});
