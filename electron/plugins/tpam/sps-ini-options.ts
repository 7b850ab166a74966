/**
 * Where each TPAM setting lives in an SPS plugin ini. The tutorial's layout is [tpam] for the
 * TPAM options and [plugin] for config_version, cred_store and log_level; the plugin's own
 * default.cfg (api 1.1) used [logging] log_level and [credential_store] name instead, and those
 * are still read as fall-backs so older files import.
 */

export const TPAM_SECTION = 'tpam';
export const PLUGIN_SECTION = 'plugin';
export const LEGACY_LOGGING_SECTION = 'logging';
export const LEGACY_CREDENTIAL_STORE_SECTION = 'credential_store';

/** Options of [tpam] that the SPS plugin reads, in the tutorial's order. */
export const SPS_TPAM_OPTIONS = [
  'authorization',
  'required_policy',
  'server',
  'server_public_key',
  'server_port',
  'server_user',
  'server_user_key',
  'system_name_resolver',
  'system_maptoreal',
  'system_prefix',
  'reuse_gateway_password',
] as const;

/** Options of [tpam] that only the ECM reads (SPS ignores options it does not know). */
export const ECM_TPAM_OPTIONS = ['server_user_key_passphrase', 'timeout_seconds'] as const;

export const PLUGIN_OPTIONS = ['config_version', 'cred_store', 'log_level'] as const;

/** The only configuration format version there is (tutorial: default 1). */
export const SUPPORTED_CONFIG_VERSION = 1;

/** Known options per section; anything else is reported as a warning on import. */
export const KNOWN_OPTIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [TPAM_SECTION, new Set<string>([...SPS_TPAM_OPTIONS, ...ECM_TPAM_OPTIONS])],
  [PLUGIN_SECTION, new Set<string>(PLUGIN_OPTIONS)],
  [LEGACY_LOGGING_SECTION, new Set<string>(['log_level'])],
  [LEGACY_CREDENTIAL_STORE_SECTION, new Set<string>(['name'])],
]);
