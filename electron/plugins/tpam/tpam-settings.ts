import type { SettingField, SettingsValues } from '../../../shared/plugin/settings-schema';
import { TPAM_FIELD_LABELS, iniCaption } from './tpam-field-names';
import { DEFAULT_TPAM_LOG_LEVEL, TPAM_LOG_LEVELS, tpamLogLevelOf, type TpamLogLevel } from './tpam-log-level';

/**
 * The settings of the TPAM plugin. Keys are the option names of the SPS TPAM plugin's ini
 * ([tpam] section, plus log_level from [plugin]) so an admin can move a configuration between
 * SPS and the ECM without renaming anything; descriptions follow the SPS tutorial's parameter
 * reference. `server_user_key_passphrase` and `timeout_seconds` are the ECM's own additions.
 */

export const TPAM_SYSTEM_NAME_RESOLVERS = ['tpam', 'dns'] as const;
export type TpamSystemNameResolver = (typeof TPAM_SYSTEM_NAME_RESOLVERS)[number];

export const TPAM_AUTHORIZATION_METHODS = ['gateway', 'approval', 'policy'] as const;
export type TpamAuthorization = (typeof TPAM_AUTHORIZATION_METHODS)[number];

export const DEFAULT_TPAM_PORT = 22;
export const DEFAULT_REQUIRED_POLICY = 'Privileged Access';
/** paramiko's `timeout=60` in the SPS plugin: TCP connect and SSH handshake. */
export const DEFAULT_TPAM_TIMEOUT_SECONDS = 60;

export const TPAM_SETTINGS: SettingField[] = [
  {
    key: 'server',
    label: TPAM_FIELD_LABELS.server,
    caption: iniCaption('server'),
    type: 'string',
    required: true,
    description: 'The address of the TPAM server, either a hostname or an IP address.',
    placeholder: 'tpam.corp.example',
    validation: {
      pattern: '^[A-Za-z0-9._:\\-\\[\\]%]+$',
      patternMessage: 'Enter a host name, FQDN or IP address (letters, digits, . - : [ ]), without spaces.',
    },
  },
  {
    key: 'server_port',
    label: TPAM_FIELD_LABELS.server_port,
    caption: iniCaption('server_port'),
    type: 'number',
    default: DEFAULT_TPAM_PORT,
    description: 'The port where TPAM is listening for SSH connections.',
    validation: { integer: true, min: 1, max: 65535 },
  },
  {
    key: 'server_public_key',
    label: TPAM_FIELD_LABELS.server_public_key,
    caption: iniCaption('server_public_key'),
    type: 'multiline',
    required: true,
    description:
      "The public key corresponding to the hostname or IP address of the TPAM server, used for checking the TPAM server's identity, " +
      'in the OpenSSH known_hosts format (server address, key type, key), e.g. `10.170.1.30 ecdsa-sha2-nistp256 AAAA…` or a hashed `|1|…|… ssh-ed25519 AAAA…` line. ' +
      'One key per line; `ssh-keygen -F <server>` prints it. When the port is not 22 the address is written `[server]:port`.',
    placeholder: '10.170.1.30 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAy…',
    actions: [
      {
        id: 'fetch-host-key',
        label: 'Fetch host key',
        description:
          'Connect to the TPAM server, read the host key it presents (without logging in) and show its SHA256 fingerprint to compare before using it.',
      },
    ],
  },
  {
    key: 'server_user',
    label: TPAM_FIELD_LABELS.server_user,
    caption: iniCaption('server_user'),
    type: 'string',
    required: true,
    description:
      'The user name of a CLI user with Information Security Administrator (ISA) access rights to TPAM. The connection to TPAM is set up as this user; ' +
      'it must be present in TPAM and have ISA access policies for all relevant Systems and Accounts. The case must match the UserID in TPAM.',
    placeholder: 'isacli',
  },
  {
    key: 'server_user_key',
    label: TPAM_FIELD_LABELS.server_user_key,
    caption: iniCaption('server_user_key'),
    type: 'secret',
    multiline: true,
    required: true,
    description:
      'The SSH private key of the ISA CLI user, as downloaded from TPAM (Users & Groups > User IDs > Manage User IDs > Details > Key Based > CLI > Download Key). ' +
      'Sealed at rest by the operating system; never shown again.',
    placeholder: '-----BEGIN RSA PRIVATE KEY-----',
  },
  {
    key: 'server_user_key_passphrase',
    label: TPAM_FIELD_LABELS.server_user_key_passphrase,
    caption: iniCaption('server_user_key_passphrase'),
    type: 'secret',
    description:
      'The passphrase of the private key, if it is encrypted. Leave empty for a key without a passphrase (TPAM downloads are not encrypted).',
  },
  {
    key: 'system_name_resolver',
    label: TPAM_FIELD_LABELS.system_name_resolver,
    caption: iniCaption('system_name_resolver'),
    type: 'enum',
    default: 'tpam',
    options: [
      { value: 'tpam', label: 'tpam — look the system up in TPAM (ListSystems)' },
      { value: 'dns', label: 'dns — reverse DNS lookup' },
    ],
    description:
      'TPAM expects the address of the target host as a hostname rather than as an IP address; this says where the hostname comes from. ' +
      'tpam: the hostname is retrieved from TPAM (ListSystems --NetworkAddress); the ISA CLI user needs ISA permissions at the System level. ' +
      'dns: the hostname is found by reverse DNS and its first label, upper-cased, is used.',
  },
  {
    key: 'authorization',
    label: TPAM_FIELD_LABELS.authorization,
    caption: iniCaption('authorization'),
    type: 'enum',
    default: 'gateway',
    options: [
      { value: 'gateway', label: 'gateway — no further checks' },
      { value: 'approval', label: 'approval — an approved, active request is needed' },
      { value: 'policy', label: 'policy — the required access policy is needed' },
    ],
    description:
      'How TPAM checks whether the gateway user can be granted access to the target host. ' +
      'approval: the gateway user must be present in TPAM as a Requestor with an approved request to view the password. ' +
      'gateway: access is granted without TPAM performing any checks. ' +
      'policy: the gateway user must have the access policy named in Required policy for the Account and System in question.',
  },
  {
    key: 'required_policy',
    label: TPAM_FIELD_LABELS.required_policy,
    caption: iniCaption('required_policy'),
    type: 'string',
    default: DEFAULT_REQUIRED_POLICY,
    description:
      'Used only when Authorization is policy: the name of the access policy that is required to be present for access to be granted to the target host. Compared case-sensitively.',
  },
  {
    key: 'system_maptoreal',
    label: TPAM_FIELD_LABELS.system_maptoreal,
    caption: iniCaption('system_maptoreal'),
    type: 'boolean',
    default: false,
    description:
      'If enabled, an additional lookup (ListAccounts) maps the Account-System pair to the custom attributes ManagedAccount.AccountCustom1 (Real Account) and ' +
      'ManagedAccount.AccountCustom2 (Real System); if the mapping is successful, the password of the real pair is retrieved. ' +
      'A TPAM System Administrator must enable these custom attributes first.',
  },
  {
    key: 'system_prefix',
    label: TPAM_FIELD_LABELS.system_prefix,
    caption: iniCaption('system_prefix'),
    type: 'string',
    default: '',
    description:
      'Any prefix of your choice, put in front of the target hostname when constructing the System name for TPAM (e.g. PSM_ gives PSM_LINUXSRV01). ' +
      'The SPS tutorial says an underscore is added after the prefix, but the plugin does not add one: include it in the prefix.',
    placeholder: 'PSM_',
  },
  {
    key: 'reuse_gateway_password',
    label: TPAM_FIELD_LABELS.reuse_gateway_password,
    caption: iniCaption('reuse_gateway_password'),
    type: 'boolean',
    default: false,
    description:
      'If enabled and the gateway user is the same as the target user, the gateway password is reused as the password for the target host, skipping the password checkout from TPAM.',
  },
  {
    key: 'log_level',
    label: TPAM_FIELD_LABELS.log_level,
    caption: iniCaption('log_level'),
    type: 'enum',
    default: DEFAULT_TPAM_LOG_LEVEL,
    options: TPAM_LOG_LEVELS.map((level) => ({ value: level, label: level })),
    description:
      'The logging verbosity of the plugin: debug (10), info (20), warning (30), error (40) or critical (50).',
  },
  {
    key: 'timeout_seconds',
    label: TPAM_FIELD_LABELS.timeout_seconds,
    caption: iniCaption('timeout_seconds'),
    type: 'number',
    default: DEFAULT_TPAM_TIMEOUT_SECONDS,
    description:
      'How long to wait for the SSH connection to TPAM (connect, handshake and login) and for each CLI command to answer. The SPS plugin uses 60 seconds.',
    validation: { integer: true, min: 1, max: 600 },
  },
];

export interface TpamSettings {
  server: string;
  server_port: number;
  server_public_key: string;
  server_user: string;
  server_user_key: string;
  server_user_key_passphrase: string;
  system_name_resolver: TpamSystemNameResolver;
  authorization: TpamAuthorization;
  required_policy: string;
  system_maptoreal: boolean;
  system_prefix: string;
  reuse_gateway_password: boolean;
  log_level: TpamLogLevel;
  timeout_seconds: number;
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (allowed as readonly string[]).includes(text) ? (text as T) : fallback;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** The core has validated the values against the fields above; this only gives them types. */
export function toTpamSettings(values: SettingsValues): TpamSettings {
  const text = (key: string) => String(values[key] ?? '').trim();
  return {
    server: text('server'),
    server_port: numberOr(values.server_port, DEFAULT_TPAM_PORT),
    server_public_key: text('server_public_key'),
    server_user: text('server_user'),
    // Key material is kept exactly as given: a PEM's line structure matters.
    server_user_key: String(values.server_user_key ?? ''),
    server_user_key_passphrase: String(values.server_user_key_passphrase ?? ''),
    system_name_resolver: oneOf(TPAM_SYSTEM_NAME_RESOLVERS, values.system_name_resolver, 'tpam'),
    authorization: oneOf(TPAM_AUTHORIZATION_METHODS, values.authorization, 'gateway'),
    // Not trimmed: the plugin compares it verbatim with TPAM's policy column.
    required_policy: values.required_policy === undefined ? DEFAULT_REQUIRED_POLICY : String(values.required_policy),
    system_maptoreal: values.system_maptoreal === true,
    system_prefix: String(values.system_prefix ?? ''),
    reuse_gateway_password: values.reuse_gateway_password === true,
    log_level: tpamLogLevelOf(values.log_level) ?? DEFAULT_TPAM_LOG_LEVEL,
    timeout_seconds: numberOr(values.timeout_seconds, DEFAULT_TPAM_TIMEOUT_SECONDS),
  };
}
