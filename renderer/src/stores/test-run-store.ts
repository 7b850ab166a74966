import { create, type StateCreator } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { TestSettingsResponse } from '../../../shared/ipc/responses';
import type { Step, StepProgress } from '../../../shared/plugin/contract';
import { call, errorInfo } from '../api/ecm-client';

const POLL_MS = 150;

/** The last user and endpoint tested, per plugin, kept in the renderer's own storage. */
function remembered(pluginId: string): { user: string; endpoint: string } {
  try {
    const raw = JSON.parse(localStorage.getItem(`ecm.lastTest.${pluginId}`) ?? '{}') as {
      user?: unknown;
      endpoint?: unknown;
    };
    return {
      user: typeof raw.user === 'string' ? raw.user : '',
      endpoint: typeof raw.endpoint === 'string' ? raw.endpoint : '',
    };
  } catch {
    return { user: '', endpoint: '' };
  }
}

function remember(pluginId: string, user: string, endpoint: string): void {
  try {
    localStorage.setItem(`ecm.lastTest.${pluginId}`, JSON.stringify({ user, endpoint }));
  } catch {
    // Storage may be unavailable; remembering is a convenience only.
  }
}

interface TestRunState {
  open: boolean;
  pluginId: string | null;
  user: string;
  endpoint: string;
  status: 'idle' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  runId: string | null;
  steps: StepProgress[];
  result: TestSettingsResponse | null;
  error: EcmErrorInfo | null;
  openFor(pluginId: string): void;
  close(): void;
  setUser(user: string): void;
  setEndpoint(endpoint: string): void;
  run(values: DraftValues): Promise<void>;
  cancel(): Promise<void>;
}

/** The finished run's steps in the shape the progress list shows. */
export function stepsFromResult(steps: Step[]): StepProgress[] {
  return steps.map((s) => ({
    name: s.name,
    status: s.ok ? 'ok' : 'failed',
    ms: s.ms,
    ...(s.detail ? { detail: s.detail } : {}),
  }));
}

const testRunState: StateCreator<TestRunState> = (set, get) => ({
  open: false,
  pluginId: null,
  user: '',
  endpoint: '',
  status: 'idle',
  runId: null,
  steps: [],
  result: null,
  error: null,

  openFor(pluginId) {
    const last = remembered(pluginId);
    set({ open: true, pluginId, ...last, status: 'idle', steps: [], result: null, error: null, runId: null });
  },

  close() {
    if (get().status === 'running') void get().cancel();
    set({ open: false });
  },

  setUser(user) {
    set({ user });
  },

  setEndpoint(endpoint) {
    set({ endpoint });
  },

  async run(values) {
    const { pluginId, user, endpoint } = get();
    if (!pluginId) return;
    const runId = crypto.randomUUID();
    remember(pluginId, user.trim(), endpoint.trim());
    set({ status: 'running', runId, steps: [], result: null, error: null });
    let finished = false;
    const poll = async () => {
      while (!finished) {
        await new Promise((r) => setTimeout(r, POLL_MS));
        if (finished) return;
        try {
          const progress = await call('getTestProgress', { runId });
          if (!finished && get().runId === runId) set({ steps: progress.steps });
        } catch {
          return; // the final answer still arrives through the run itself
        }
      }
    };
    void poll();
    try {
      const result = await call('testSettings', {
        pluginId,
        values,
        user: user.trim(),
        endpoint: endpoint.trim(),
        runId,
      });
      finished = true;
      if (get().runId !== runId) return;
      set({ status: 'succeeded', result, steps: stepsFromResult(result.steps) });
    } catch (err) {
      finished = true;
      if (get().runId !== runId) return;
      const info = errorInfo(err);
      const progress = await call('getTestProgress', { runId }).catch(() => ({ steps: get().steps, done: true }));
      set({ status: info.code === 'CANCELLED' ? 'cancelled' : 'failed', error: info, steps: progress.steps });
    }
  },

  async cancel() {
    const { runId, status } = get();
    if (!runId || status !== 'running') return;
    await call('cancelTest', { runId }).catch(() => undefined);
  },
});

/** A fresh Test Settings run store; tests create their own, the app uses `useTestRunStore`. */
export const createTestRunStore = () => create<TestRunState>()(testRunState);
export const useTestRunStore = createTestRunStore();
