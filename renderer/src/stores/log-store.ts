import { create } from 'zustand';
import type { EcmErrorInfo } from '../../../shared/errors';
import type { LogLine } from '../../../shared/ipc/responses';
import { call, errorInfo } from '../api/ecm-client';

/** The newest lines of Configurator.log for the log panel. */
interface LogState {
  path: string | null;
  lines: LogLine[];
  error: EcmErrorInfo | null;
  refresh(): Promise<void>;
}

export const useLogStore = create<LogState>((set) => ({
  path: null,
  lines: [],
  error: null,
  async refresh() {
    try {
      const page = await call('readLog', { tail: 200 });
      set({ path: page.path, lines: page.lines, error: null });
    } catch (err) {
      set({ error: errorInfo(err) });
    }
  },
}));
