/**
 * Fixtures for the SPS ini tests: the tutorial's sample configuration (S7, "TPAM plugin parameter
 * reference"), and the same file filled in as an admin would.
 */

/** The SPS tutorial's sample configuration, verbatim (one-space indents and trailing spaces included). */
export const TUTORIAL_SAMPLE = [
  '[tpam]',
  ' authorization=policy',
  ' required_policy=<name-of-access-policy-required-to-be-present-for-authorization>   ',
  ' server=<hostname-or-IP-address-of-TPAM>',
  ' server_public_key=<public-key-of-TPAM>',
  ' server_port=<SSH-port-number-of-TPAM>',
  ' server_user=<TPAM-CLI-user-with-ISA-rights>',
  ' server_user_key=<private-key-of-server_user>',
  ' system_name_resolver=tpam   ',
  ' system_maptoreal=no',
  ' system_prefix=<your-preferred-prefix>',
  ' reuse_gateway_password=no',
  '',
  '[plugin]',
  ' config_version=1',
  ' cred_store=<name-of-credential-store-hosting-sensitive-data>',
  ' log_level=info ',
].join('\n');

/** The same layout with the placeholders filled in as an admin would. */
export const TUTORIAL_FILLED = TUTORIAL_SAMPLE.replace(
  '<name-of-access-policy-required-to-be-present-for-authorization>',
  'Privileged Access',
)
  .replace('<hostname-or-IP-address-of-TPAM>', 'tpam01.corp.example')
  .replace(
    '<public-key-of-TPAM>',
    '|1|shAKuZdzJelKykkXBo+l4qpE+Fo=|J8oYavGEL2Rmo+u5R4r+Mdt7vuE= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAy',
  )
  .replace('<SSH-port-number-of-TPAM>', '22')
  .replace('<TPAM-CLI-user-with-ISA-rights>', 'isacli')
  .replace('<private-key-of-server_user>', '$')
  .replace('<your-preferred-prefix>', 'PSM_')
  .replace('<name-of-credential-store-hosting-sensitive-data>', 'tpam-keys');
