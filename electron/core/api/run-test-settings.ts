import { performance } from 'node:perf_hooks';
import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import type { SettingsValues } from '../../../shared/plugin/settings-schema';
import type { TestSettingsResponse } from '../../../shared/ipc/responses';
import { testSettingsResultSchema, type PluginContext, type RunMemo } from '../../../shared/plugin/contract';
import type { CoreDeps } from './core-deps';
import { toErrorInfo } from './error-info';
import { pluginContext } from './plugin-context';
import { createRunMemo } from './run-memo';

/** Longest a Test Settings run may take, whatever the plugin's own timeouts say. */
export const TEST_SETTINGS_LIMIT_MS = 5 * 60_000;

export interface TestSettingsRequest {
  pluginId: string;
  values?: DraftValues;
  user: string;
  endpoint: string;
  signal?: AbortSignal;
  /** False: `values` stand alone (CLI settings file); true (default): over the saved settings. */
  useStored?: boolean;
  /** Overall limit; defaults to TEST_SETTINGS_LIMIT_MS. */
  timeoutMs?: number;
  /** Chosen by the renderer to follow the steps live and to cancel. */
  runId?: string;
  /** Shared by every pair of an access review; a fresh one per run otherwise. */
  memo?: RunMemo;
  /** Settings already resolved and checked once for a whole access review; `values` is then ignored. */
  resolved?: SettingsValues;
  /**
   * Access review: no started/succeeded line per pair and failures at debug only. The review logs
   * its own start and end and keeps every outcome in its results: 10,000 pairs would otherwise
   * write 20,000 lines, rotate the admin's history out of Configurator.log and cost a synchronous
   * file append each.
   */
  quiet?: boolean;
}

/**
 * Test Settings: the values on screen (saved or not) over the stored secrets, run through the
 * plugin, with the result checked so that nothing but credential summaries leaves the core.
 */
export async function runTestSettings(deps: CoreDeps, request: TestSettingsRequest): Promise<TestSettingsResponse> {
  const plugin = deps.registry.get(request.pluginId);
  const log = deps.logger.scope(plugin.id);
  // The started/succeeded/failed lines (see `quiet`); a withheld result is logged as an error either way.
  const silent = () => {};
  const runLog = request.quiet ? { info: silent, warn: log.debug, error: log.debug } : log;
  const values =
    request.resolved ??
    (await deps.settings.resolve(plugin.id, plugin.settings, request.values, {
      useStored: request.useStored,
    }));
  for (const field of plugin.settings) {
    const value = values[field.key];
    if (field.type === 'secret' && typeof value === 'string') deps.logger.redactor.add(value);
  }
  const limitMs = request.timeoutMs ?? TEST_SETTINGS_LIMIT_MS;
  const deadline = AbortSignal.timeout(limitMs);
  const run = request.runId ? deps.runs.start(request.runId) : null;
  const signal = AbortSignal.any([deadline, ...(request.signal ? [request.signal] : []), ...(run ? [run.signal] : [])]);
  const ctx: PluginContext = {
    ...pluginContext(plugin, deps, signal),
    timeouts: { connectMs: Math.min(limitMs, 15_000), requestMs: limitMs },
    ...(run ? { reportStep: run.report } : {}),
    memo: request.memo ?? createRunMemo(),
  };
  const started = performance.now();
  runLog.info(`Test Settings started: user '${request.user}', endpoint '${request.endpoint}'.`);
  let raw: unknown;
  try {
    raw = await untilAborted(
      plugin.testSettings(values, { user: request.user, endpoint: request.endpoint }, ctx),
      signal,
    );
  } catch (caught) {
    const err = deadline.aborted
      ? new EcmError({
          code: 'TIMEOUT',
          message: `Test Settings did not finish within ${Math.round(limitMs / 1000)} s.`,
          hint: 'Check that the back end is reachable and answering, or allow more time.',
        })
      : caught;
    const info = toErrorInfo(err, deps.logger.redactor);
    // Waiting for a user's approval is a state the admin expects, not a failure of the settings.
    const level = info.code === 'PENDING_APPROVAL' ? 'warn' : 'error';
    runLog[level](
      `Test Settings ${level === 'warn' ? 'ended, pending approval,' : 'failed'} after ${Math.round(performance.now() - started)} ms: [${info.code}] ${info.message}` +
        (info.serverText ? ` Server said: ${info.serverText}` : ''),
    );
    throw err;
  } finally {
    run?.finish();
  }
  const parsed = testSettingsResultSchema.safeParse(raw);
  if (!parsed.success) {
    throw new EcmError({
      code: 'INTERNAL',
      message: `The plugin '${plugin.id}' returned a result that does not match the contract (${parsed.error.issues[0]?.path.join('.')}).`,
      hint: 'Report this to the plugin author.',
    });
  }
  if (deps.logger.redactor.containsSecret(JSON.stringify(parsed.data))) {
    // Defence in depth: a credential summary must never carry a password or token.
    log.error('Test Settings result withheld: the plugin put a secret into a credential summary.');
    throw new EcmError({
      code: 'INTERNAL',
      message: `The plugin '${plugin.id}' returned a secret in its Test Settings result; the result was withheld.`,
      hint: 'Report this to the plugin author.',
    });
  }
  const ms = Math.round(performance.now() - started);
  runLog.info(
    `Test Settings succeeded in ${ms} ms: ${parsed.data.credentials.length} credential(s) for '${request.user}' on '${request.endpoint}'.`,
  );
  return {
    pluginId: plugin.id,
    user: request.user,
    endpoint: request.endpoint,
    ms,
    credentials: parsed.data.credentials,
    steps: parsed.data.steps,
    reasons: parsed.data.reasons ?? [],
  };
}

/**
 * Settles when the plugin does or when the signal aborts, whichever is first, so a plugin
 * that ignores its signal cannot hold the window or the CLI.
 */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

function abortError(signal: AbortSignal): EcmError {
  return new EcmError({ code: 'CANCELLED', message: 'Test Settings was cancelled.' }, { cause: signal.reason });
}
