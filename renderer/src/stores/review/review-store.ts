import { create, type StateCreator } from 'zustand';
import type { EcmErrorInfo } from '../../../../shared/errors';
import type { ReviewExportFormat } from '../../../../shared/ipc/review-schemas';
import type { DraftValues } from '../../../../shared/plugin/draft-values';
import type { ReviewInput, ReviewProgress, ReviewResult, ReviewStatus } from '../../../../shared/review/review-types';
import { call, errorInfo } from '../../api/ecm-client';
import { firstMissing, mergeResults, parseNames, type SortKey, type TableView } from './review-results';
import { DEFAULT_VIEW, filterText, sortBy, toggleStatus } from './review-view';

const POLL_MS = 250;
const PAGE = 5_000;

export type InputMode = 'matrix' | 'csv';

export interface ReviewState {
  open: boolean;
  mode: InputMode;
  csvText: string;
  usersText: string;
  endpointsText: string;
  /** idle: nothing run yet; starting: waiting for the pairs to be checked; running; finished. */
  phase: 'idle' | 'starting' | 'running' | 'finished';
  /** The pairs were refused before anything ran (VALIDATION), or the review could not be followed. */
  startError: EcmErrorInfo | null;
  reviewId: string | null;
  pluginId: string | null;
  total: number;
  users: string[] | null;
  endpoints: string[] | null;
  progress: ReviewProgress | null;
  results: (ReviewResult | undefined)[];
  /** Input position of the selected pair. */
  selected: number | null;
  view: TableView;
  exportNotice: { message: string | null; error: EcmErrorInfo | null };
  show(): void;
  hide(): void;
  setMode(mode: InputMode): void;
  setCsvText(text: string): void;
  setUsersText(text: string): void;
  setEndpointsText(text: string): void;
  run(pluginId: string, values?: DraftValues): Promise<void>;
  cancel(): Promise<void>;
  select(index: number | null): void;
  toggleStatus(status: ReviewStatus): void;
  setFilterText(text: string): void;
  sortBy(key: SortKey): void;
  exportAs(format: ReviewExportFormat): Promise<void>;
}

/** The input as the core takes it. */
export function reviewInput(s: Pick<ReviewState, 'mode' | 'csvText' | 'usersText' | 'endpointsText'>): ReviewInput {
  return s.mode === 'csv'
    ? { kind: 'csv', text: s.csvText }
    : { kind: 'matrix', users: parseNames(s.usersText), endpoints: parseNames(s.endpointsText) };
}

const reviewState: StateCreator<ReviewState> = (set, get) => {
  /** Fetches finished results from position `from` on, a page at a time; answers where to go on. */
  const fetchFrom = async (reviewId: string, from: number): Promise<number> => {
    const page = await call('accessReviewResults', { reviewId, from, count: PAGE });
    if (get().reviewId !== reviewId) return from;
    const results = mergeResults(get().results, page, get().total);
    if (results !== get().results) set({ results });
    return firstMissing(results, from);
  };

  /** After the end: every finished result, skipping the holes a cancel or stop leaves. */
  const fetchAll = async (reviewId: string) => {
    let from = firstMissing(get().results, 0);
    while (from < get().total && get().reviewId === reviewId) {
      await fetchFrom(reviewId, from);
      from = firstMissing(get().results, from + PAGE);
    }
  };

  const follow = async (reviewId: string) => {
    let cursor = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (get().reviewId !== reviewId) return;
      try {
        const progress = await call('accessReviewProgress', { reviewId });
        if (get().reviewId !== reviewId) return;
        if (progress.state !== 'running') {
          // The end is shown once every finished result is here, so "Done" never shows gaps.
          await fetchAll(reviewId);
          if (get().reviewId === reviewId) set({ progress, phase: 'finished' });
          return;
        }
        set({ progress });
        if (cursor < get().total) cursor = await fetchFrom(reviewId, cursor);
      } catch (err) {
        if (get().reviewId === reviewId) set({ phase: 'finished', startError: errorInfo(err) });
        return;
      }
    }
  };

  return {
    open: false,
    mode: 'matrix',
    csvText: '',
    usersText: '',
    endpointsText: '',
    phase: 'idle',
    startError: null,
    reviewId: null,
    pluginId: null,
    total: 0,
    users: null,
    endpoints: null,
    progress: null,
    results: [],
    selected: null,
    view: DEFAULT_VIEW,
    exportNotice: { message: null, error: null },

    show: () => set({ open: true }),
    hide: () => set({ open: false }),
    setMode: (mode) => set({ mode }),
    setCsvText: (csvText) => set({ csvText }),
    setUsersText: (usersText) => set({ usersText }),
    setEndpointsText: (endpointsText) => set({ endpointsText }),

    async run(pluginId, values) {
      if (get().phase === 'starting' || get().phase === 'running') return;
      set({ phase: 'starting', startError: null, exportNotice: { message: null, error: null } });
      try {
        const started = await call('startAccessReview', {
          pluginId,
          ...(values ? { values } : {}),
          input: reviewInput(get()),
        });
        set({
          phase: 'running',
          reviewId: started.reviewId,
          pluginId,
          total: started.total,
          users: started.users ?? null,
          endpoints: started.endpoints ?? null,
          progress: null,
          results: new Array<ReviewResult | undefined>(started.total),
          selected: null,
        });
        void follow(started.reviewId);
      } catch (err) {
        set({ phase: get().reviewId ? 'finished' : 'idle', startError: errorInfo(err) });
      }
    },

    async cancel() {
      const { reviewId, phase } = get();
      if (!reviewId || phase !== 'running') return;
      await call('cancelAccessReview', { reviewId }).catch(() => undefined);
    },

    select: (selected) => set({ selected }),
    toggleStatus: (status) => set({ view: toggleStatus(get().view, status) }),
    setFilterText: (text) => set({ view: filterText(get().view, text) }),
    sortBy: (key) => set({ view: sortBy(get().view, key) }),

    async exportAs(format) {
      const { reviewId } = get();
      if (!reviewId) return;
      try {
        const out = await call('exportAccessReview', { reviewId, format });
        if (!out.supported && out.text !== undefined) download(out.fileName, out.text, format);
        const message = out.supported ? (out.path ? `Saved ${out.path}.` : null) : `Downloaded ${out.fileName}.`;
        set({ exportNotice: { message, error: null } });
      } catch (err) {
        set({ exportNotice: { message: null, error: errorInfo(err) } });
      }
    },
  };
};

const TYPES: Record<ReviewExportFormat, string> = { csv: 'text/csv', json: 'application/json', html: 'text/html' };

/** Without a desktop save dialog (browser host, demo) the page downloads the text itself. */
function download(fileName: string, text: string, format: ReviewExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A fresh review store; tests create their own, the app uses `useReviewStore`. */
export const createReviewStore = () => create<ReviewState>()(reviewState);
export const useReviewStore = createReviewStore();
