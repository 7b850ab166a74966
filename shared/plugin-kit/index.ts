/**
 * The plugin author's kit: everything a credential-store plugin needs from ECM Configurator, in one
 * module (like VS Code's single extension API file).
 *
 * - Types: the contract (`CredentialStorePlugin`, `PluginContext`, results), the setting fields,
 *   `FieldProblem` for `checkSettings`, the error codes.
 * - Run-time pieces: `StepRecorder` (records and reports Test Settings steps) and `EcmError`.
 *
 * Built-in plugins import it. A third-party plugin is a plain JavaScript module that cannot import
 * the app's sources, so the host hands it the kit instead: a module whose default export is a
 * function is called with `pluginKit` and returns its plugin (`export default function
 * createPlugin(kit) { … }`, electron/core/plugins/load-plugin-modules.ts).
 *
 * The kit grants nothing the contract does not already pass: no Node, no files, no settings store,
 * no secrets; only classes and constants. It and its classes are frozen, so one plugin cannot
 * change what the app or another plugin gets from it.
 */
import { ERROR_CODES, EcmError, isEcmError, type ErrorCode } from '../errors';
import { PLUGIN_CACHE_KINDS, type CredentialStorePlugin, type PluginCacheKind } from '../plugin/contract';
import { FIELD_TYPES, type FieldType } from '../plugin/settings-schema';
import { StepRecorder } from './step-recorder';

export type * from '../plugin/contract';
export type * from '../plugin/settings-schema';
export type { FieldProblem } from '../plugin/settings-validation';
export type { EcmErrorInfo, ErrorCode } from '../errors';
export { EcmError, isEcmError, StepRecorder };

/** Raised when the kit gains something; a plugin may check it to refuse an older host. */
export const PLUGIN_KIT_VERSION = 1;

/** What the host passes to a plugin module's default export function. */
export interface PluginKit {
  readonly version: number;
  readonly StepRecorder: typeof StepRecorder;
  readonly EcmError: typeof EcmError;
  readonly isEcmError: typeof isEcmError;
  readonly ERROR_CODES: readonly ErrorCode[];
  readonly FIELD_TYPES: readonly FieldType[];
  /** The values a plugin's `caches` may take. */
  readonly PLUGIN_CACHE_KINDS: readonly PluginCacheKind[];
}

/** The default export of a plugin module that takes the kit: returns one plugin or a list. */
export type PluginFactory = (
  kit: PluginKit,
) => CredentialStorePlugin | CredentialStorePlugin[] | Promise<CredentialStorePlugin | CredentialStorePlugin[]>;

for (const shared of [StepRecorder, EcmError]) {
  Object.freeze(shared.prototype);
  Object.freeze(shared);
}

export const pluginKit: PluginKit = Object.freeze({
  version: PLUGIN_KIT_VERSION,
  StepRecorder,
  EcmError,
  isEcmError,
  // Copies: the app's own lists stay out of a plugin's reach.
  ERROR_CODES: Object.freeze([...ERROR_CODES]),
  FIELD_TYPES: Object.freeze([...FIELD_TYPES]),
  PLUGIN_CACHE_KINDS: Object.freeze([...PLUGIN_CACHE_KINDS]),
});
