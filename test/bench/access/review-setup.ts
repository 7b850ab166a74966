import type { ReviewSummary } from '../../../shared/review/review-types';
import type { SimKind } from './sim-client';
import type { SimCounters } from './sim-counters';

/** What `npm run bench:access` runs (environment knobs included) and what one review measured. */
export const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 20);
export const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
export const USERS = 50;
export const ENDPOINTS = 20;
export const SCALE_USERS = Number(process.env.BENCH_SCALE_USERS ?? 200);
export const SCALE_ENDPOINTS = 50;
export const RATIO_GOAL = 1.5;
export const STALL_GOAL_MS = 50;
export const HEAP_GOAL_MB = 150;
/** BENCH_PLUGINS=tpam (or secret-server) runs one simulator; BENCH_STREAMED=0 leaves out the 10,000 pairs. */
export const KINDS = (process.env.BENCH_PLUGINS ?? 'secret-server,tpam')
  .split(',')
  .filter((k): k is SimKind => k === 'secret-server' || k === 'tpam');
export const STREAMED = process.env.BENCH_STREAMED !== '0';

export interface ReviewRun {
  kind: SimKind;
  wallMs: number;
  state: string;
  summary: ReviewSummary;
  counters: SimCounters & { simulatorCpuMs: number };
  stopError?: string;
  /** Endpoints where at least one user got `none` (the reasons' API-account search is per endpoint). */
  noneEndpoints: number;
  stallMaxMs: number;
  stallP99Ms: number;
  /** CPU time this process (the app's main process in the app) spent during the review. */
  cpuMs: number;
}

export const fmt = (n: number) => n.toLocaleString('en-US');
export const MB = (bytes: number) => bytes / 2 ** 20;
