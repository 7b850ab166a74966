import { ECM_TPAM_OPTIONS } from './sps-ini-options';

/**
 * The form's names of the TPAM settings, and how messages name them: the label, with the SPS
 * ini key in brackets ("TPAM server public key (server_public_key)"), so an admin who knows
 * either vocabulary finds the field. The form shows the ini key as a caption under each label.
 */
export const TPAM_FIELD_LABELS = {
  server: 'TPAM server',
  server_port: 'SSH port',
  server_public_key: 'TPAM server public key',
  server_user: 'ISA CLI user',
  server_user_key: 'ISA CLI user private key',
  server_user_key_passphrase: 'Private key passphrase',
  system_name_resolver: 'System name resolver',
  authorization: 'Authorization',
  required_policy: 'Required policy',
  system_maptoreal: 'Map to real account and system',
  system_prefix: 'System prefix',
  reuse_gateway_password: 'Reuse gateway password',
  log_level: 'Log level',
  timeout_seconds: 'Timeout (s)',
} as const;

export type TpamSettingKey = keyof typeof TPAM_FIELD_LABELS;

/** "TPAM server public key (server_public_key)". */
export function fieldName(key: TpamSettingKey): string {
  return `${TPAM_FIELD_LABELS[key]} (${key})`;
}

/** The caption under a field's label: its key in the SPS plugin's ini (ECM-only keys say so). */
export function iniCaption(key: TpamSettingKey): string {
  return (ECM_TPAM_OPTIONS as readonly string[]).includes(key) ? `ini: ${key} (ECM only)` : `SPS ini: ${key}`;
}
