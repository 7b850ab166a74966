import { z } from 'zod';
import type { DetectedPlugin, DetectedPlugins } from '../plugin/detected-plugin';
import type { PluginInfo } from '../plugin/plugin-info';
import type { CacheCleared } from '../plugin/cache-cleared';
import type { ChannelName } from './channel-names';
import type { EcmEvents } from './event-names';
import {
  accountSchema,
  endpointSchema,
  pluginRefSchema,
  sha256Schema,
  readLogRequestSchema,
  runIdSchema,
} from './payload-schemas';
import { draftValuesSchema, MAX_TEXT, settingKeySchema, type DraftValues } from '../plugin/draft-values';
import type { BackupPreview, LogPage, SettingsView, TestSettingsResponse } from './responses';
import type { Result } from '../result';
import type { AboutInfo } from './responses-about';
import { pluginIdSchema, type FieldActionResult, type StepProgress } from '../plugin/contract';
import type { FieldProblem } from '../plugin/settings-validation';
import type { ReviewProgress, ReviewResult } from '../review/review-types';
import {
  accessReviewResultsSchema,
  exportAccessReviewSchema,
  reviewRefSchema,
  startAccessReviewSchema,
  type AccessReviewExported,
  type AccessReviewStarted,
} from './review-schemas';

/**
 * The one channel map: name → request schema → response type. The renderer's `window.ecm`
 * type, the preload, the IPC handlers, the CLI and the browser test host all derive from it.
 */

interface ChannelDef<Req extends z.ZodType, Res> {
  request: Req;
  /** Phantom: carries the response type only. */
  response: Res;
}

function channel<Res>() {
  return <Req extends z.ZodType>(request: Req): ChannelDef<Req, Res> => ({ request, response: undefined as Res });
}

const empty = z.object({}).strict();

export const channels = {
  listPlugins: channel<PluginInfo[]>()(empty),
  getActivePlugin: channel<{ pluginId: string | null }>()(empty),
  setActivePlugin: channel<{ pluginId: string }>()(pluginRefSchema),
  getSettings: channel<SettingsView>()(pluginRefSchema),
  saveSettings: channel<SettingsView>()(z.object({ pluginId: pluginIdSchema, values: draftValuesSchema }).strict()),
  /** The plugin's own checks on the values on screen (as the admin types); nothing is saved. */
  checkSettings: channel<{ problems: FieldProblem[] }>()(
    z.object({ pluginId: pluginIdSchema, values: draftValuesSchema }).strict(),
  ),
  importSettingsFile: channel<{ values: DraftValues; warnings: string[] }>()(
    z.object({ pluginId: pluginIdSchema, text: z.string().max(MAX_TEXT) }).strict(),
  ),
  exportSettingsFile: channel<{ text: string; fileName: string }>()(
    z.object({ pluginId: pluginIdSchema, values: draftValuesSchema }).strict(),
  ),
  /** What a restore would put back (date, active plugin, which plugins differ); never a value. */
  previewSettingsBackup: channel<{ preview: BackupPreview | null }>()(empty),
  /** `backupId` from the preview: only the copy the admin was shown is restored. */
  restoreSettingsBackup: channel<{ restored: boolean; savedAt: string | null }>()(
    z
      .object({ backupId: z.string().regex(/^[0-9a-f]{32}$/, 'must be the backupId of previewSettingsBackup') })
      .strict(),
  ),
  testSettings: channel<TestSettingsResponse>()(
    z
      .object({
        pluginId: pluginIdSchema,
        values: draftValuesSchema,
        user: accountSchema,
        endpoint: endpointSchema,
        runId: runIdSchema.optional(),
      })
      .strict(),
  ),
  getTestProgress: channel<{ steps: StepProgress[]; done: boolean }>()(z.object({ runId: runIdSchema }).strict()),
  cancelTest: channel<{ cancelled: boolean }>()(z.object({ runId: runIdSchema }).strict()),
  runFieldAction: channel<FieldActionResult>()(
    z
      .object({
        pluginId: pluginIdSchema,
        fieldKey: settingKeySchema,
        actionId: z.string().regex(/^[a-z][a-zA-Z0-9-]{0,63}$/),
        values: draftValuesSchema,
      })
      .strict(),
  ),
  clearTokenCache: channel<{ removed: number; cleared: CacheCleared[] }>()(
    z.object({ pluginId: pluginIdSchema.optional() }).strict(),
  ),
  readLog: channel<LogPage>()(readLogRequestSchema),
  getLogPath: channel<{ path: string }>()(empty),
  openLogFolder: channel<{ opened: boolean; path: string }>()(empty),
  /** `supported: false` tells the renderer to use a file input instead (browser host). */
  openTextFile: channel<{ supported: boolean; file: { name: string; text: string } | null }>()(
    z.object({ title: z.string().min(1).max(200) }).strict(),
  ),
  /** Plugin files in the installation's plugins folder, with size, SHA-256 and trust state; no code runs. */
  listDetectedPlugins: channel<DetectedPlugins>()(empty),
  /** Trusts a file the main process detected, named by its hash only (never a path), and loads it. */
  trustPlugin: channel<DetectedPlugin>()(z.object({ sha256: sha256Schema }).strict()),
  /** Versions, the data directory, the log file and the license for the About dialog; nothing secret. */
  getAbout: channel<AboutInfo>()(empty),
  /** A pending approval's page, opened in the system browser only if https on the Endpoint URL's host (checked in the core). */
  openApprovalPage: channel<{ opened: boolean; url: string }>()(
    z
      .object({ pluginId: pluginIdSchema, url: z.string().min(1).max(2048), values: draftValuesSchema.optional() })
      .strict(),
  ),
  /** Checks the pairs (VALIDATION before anything runs), then runs them in the background. */
  startAccessReview: channel<AccessReviewStarted>()(startAccessReviewSchema),
  accessReviewProgress: channel<ReviewProgress>()(reviewRefSchema),
  /** Finished results among input positions [from, from + count), in input order; never a secret. */
  accessReviewResults: channel<ReviewResult[]>()(accessReviewResultsSchema),
  cancelAccessReview: channel<{ cancelled: boolean }>()(reviewRefSchema),
  /** Writes the review through the desktop's save dialog (CSV, JSON or a printable HTML report). */
  exportAccessReview: channel<AccessReviewExported>()(exportAccessReviewSchema),
} satisfies { [K in ChannelName]: ChannelDef<z.ZodType, unknown> };

type Channels = typeof channels;

/** What a caller passes (defaults may be left out). */
export type RequestOf<K extends ChannelName> = z.input<Channels[K]['request']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedRequestOf<K extends ChannelName> = z.output<Channels[K]['request']>;
export type ResponseOf<K extends ChannelName> = Channels[K]['response'];

/** `window.ecm`: one function per channel, answering a Result; `on` subscribes to main's one-way events. */
export type EcmApi = { [K in ChannelName]: (request: RequestOf<K>) => Promise<Result<ResponseOf<K>>> } & {
  readonly on?: EcmEvents;
};

/** What the core implements: one function per channel, throwing EcmError on failure. */
export type ApiImpl = { [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };
