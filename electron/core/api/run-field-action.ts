import { EcmError } from '../../../shared/errors';
import type { DraftValues } from '../../../shared/plugin/draft-values';
import { fieldActionResultSchema, type FieldActionResult } from '../../../shared/plugin/contract';
import type { CoreDeps } from './core-deps';
import { pluginContext } from './plugin-context';

/** Field actions have a shorter leash than Test Settings: the admin is waiting on a button. */
export const FIELD_ACTION_LIMIT_MS = 60_000;

/**
 * Runs a plugin's field action (e.g. TPAM "Fetch host key") with the values on screen. The
 * result only proposes a value: the renderer shows it and the admin confirms before it is used.
 */
export async function runFieldAction(
  deps: CoreDeps,
  request: { pluginId: string; fieldKey: string; actionId: string; values: DraftValues },
): Promise<FieldActionResult> {
  const plugin = deps.registry.get(request.pluginId);
  const field = plugin.settings.find((f) => f.key === request.fieldKey);
  const action = field?.actions?.find((a) => a.id === request.actionId);
  if (!field || !action || !plugin.runFieldAction) {
    throw new EcmError({
      code: 'VALIDATION',
      field: 'actionId',
      message: `The plugin '${plugin.id}' has no action '${request.actionId}' on the setting '${request.fieldKey}'.`,
    });
  }
  const values = await deps.settings.resolve(plugin.id, plugin.settings, request.values, { validate: false });
  for (const f of plugin.settings) {
    const v = values[f.key];
    if (f.type === 'secret' && typeof v === 'string') deps.logger.redactor.add(v);
  }
  const log = deps.logger.scope(plugin.id);
  log.info(`${action.label} (${field.label}) started.`);
  const signal = AbortSignal.timeout(FIELD_ACTION_LIMIT_MS);
  const raw = await plugin.runFieldAction(action.id, field.key, values, pluginContext(plugin, deps, signal));
  const parsed = fieldActionResultSchema.safeParse(raw);
  if (!parsed.success || deps.logger.redactor.containsSecret(JSON.stringify(parsed.data))) {
    throw new EcmError({
      code: 'INTERNAL',
      message: `The plugin '${plugin.id}' returned an unusable result for ${action.label}.`,
      hint: 'Report this to the plugin author.',
    });
  }
  log.info(`${action.label} (${field.label}) proposed: ${parsed.data.summary}`);
  return parsed.data;
}
