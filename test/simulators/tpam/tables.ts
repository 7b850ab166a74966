/**
 * TPAM's list output: a header row, one TAB-separated row per object, CRLF
 * after every line, or `No <Things> to list`. Column lists are the ones captured from a real TPAM for
 * ListSystems (64), ListAccounts (53), ListUsers and ListAssignedPolicies; ListRequestDetails'
 * header was never captured, so it is built around the two facts the SPS plugin relies on
 * (request ID in column 0, end time in column 12).
 */

export const LIST_SYSTEMS_HEADER = [
  'SystemName',
  'NetworkAddress',
  'PrimaryEmail',
  'PlatformName',
  'ChangeFrequency',
  'ReleaseDuration',
  'SystemAutoFl',
  'FunctionalAccount',
  'FunctionalAcctCredentials',
  'UseSpecificKey',
  'ChangeTime',
  'PasswordRule',
  'PortNumber',
  'EnablePassword',
  'AlternateIP',
  'Description',
  'DomainFunctionalAccount',
  'DomainPlatformOS',
  'LineDef',
  'Timeout',
  'DomainName',
  'OracleType',
  'OracleSIDSN',
  'CheckFl',
  'ResetFl',
  'ReleaseChgFl',
  'NetBiosName',
  'MaxReleaseDuration',
  'NonPrivFuncFl',
  'UseSslFl',
  'AllowFuncReqFl',
  'EscalationTime',
  'EscalationEmail',
  'EGPOnlyFl',
  'PlatSpecificValue',
  'TicketSystemName',
  'RequireTicketForRequest',
  'RequireTicketForISA',
  'RequireTicketForCLI',
  'RequireTicketForAPI',
  'TicketEmailNotify',
  'Custom1',
  'Custom2',
  'Custom3',
  'Custom4',
  'Custom5',
  'Custom6',
  'AllowISADurationFl',
  'UseSshFl',
  'SSHAccount',
  'SSHPort',
  'SSHKey',
  'TemplateFl',
  'AutoDiscoveryProfile',
  'AutoDiscoveryExcludeList',
  'AutoDiscoveryTimeout',
  'PSM DPA Affinity',
  'PPM DPA Affinity',
  'PasswordChangeProfile',
  'PasswordCheckProfile',
  'FuncAcctDN',
  'RequireTicketForPSM',
  'ProfileCertificateType',
  'ProfileNotificationThumbprint',
] as const;

export const LIST_ACCOUNTS_HEADER = [
  'SystemName',
  'AccountName',
  'Password',
  'ChangeFrequency',
  'ReleaseDuration',
  'AcctAutoFl',
  'ChangeTime',
  'PasswordRule',
  'SvcChangeFl',
  'UseSelfFl',
  'MinApprovers',
  'DomainAcctName',
  'RelNotifyEmail',
  'CheckFl',
  'ResetFl',
  'ReleaseChgFl',
  'MaxReleaseDuration',
  'Description',
  'TicketSystemName',
  'RequireTixForRequest',
  'RequireTixForISA',
  'RequireTixForCLI',
  'RequireTixForAPI',
  'TixEmailNotify',
  'ReviewCnt',
  'ReviewerTypeDesc',
  'ReviewerDesc',
  'EscalationTime',
  'EscalationEmail',
  'AcctLockFl',
  'SimulPrivAccReleases',
  'BlockAutoChangeFl',
  'IgnoreSystemPolicies',
  'AccountCustom1',
  'AccountCustom2',
  'AccountCustom3',
  'AccountCustom4',
  'AccountCustom5',
  'AccountCustom6',
  'AllowISADurationFl',
  'SystemTemplateFl',
  'OverrideAccountabilityFl',
  'SvcRestartFl',
  'ChgTaskFl',
  'RequireMultiGroupApprovalFl',
  'MultiGroupApproverNames',
  'PasswordChangeProfile',
  'DisableChangeScheduleFl',
  'PasswordCheckProfile',
  'DisableCheckScheduleFl',
  'AcctDN',
  'EnableBeforeReleaseFl',
  'RequireTixForPSM',
] as const;

export const LIST_USERS_HEADER = [
  'UserName',
  'LastName',
  'FirstName',
  'EmailAddress',
  'Phone',
  'Mobile',
  'UserType',
  'UserInterface',
  'Password',
  'DisabledFl',
  'SecAuthType',
  'SecAuthID',
  'Description',
  'LogonHoursFl',
  'Hours',
  'SecAuthSystem',
  'PrimAuthType',
  'PrimAuthID',
  'PrimAuthSystem',
  'Timezone',
  'DstFl',
  'LogonDays',
  'MobileAllowed',
  'PrimAuthExtra',
  'UserCustom1',
  'UserCustom2',
  'UserCustom3',
  'UserCustom4',
  'UserCustom5',
  'UserCustom6',
  'CertificateThumbprint',
] as const;

/** The captured layout (no --AllOrEffectiveFlag): policy name at index 8. */
export const LIST_ASSIGNED_POLICIES_HEADER = [
  'UserName',
  'FullName',
  'ExtAuthReqd',
  'GroupName',
  'SystemName',
  'AccountName',
  'FileName',
  'CollectionName',
  'AccessPolicyName',
  'PolicySource',
  'PermissionType',
  'PermissionName',
  'CmdName',
  'EffectiveFl',
] as const;

/**
 * The `--AllOrEffectiveFlag E` layout is not documented; the SPS plugin reads the policy name at
 * index 9, so this simulator answers with AccessPolicyName and PolicySource swapped.
 */
export const LIST_EFFECTIVE_POLICIES_HEADER = [
  'UserName',
  'FullName',
  'ExtAuthReqd',
  'GroupName',
  'SystemName',
  'AccountName',
  'FileName',
  'CollectionName',
  'PolicySource',
  'AccessPolicyName',
  'PermissionType',
  'PermissionName',
  'CmdName',
  'EffectiveFl',
] as const;

/** Invented around the two facts the SPS plugin's code relies on: RequestID at 0, the end of the release window at 12. */
export const LIST_REQUEST_DETAILS_HEADER = [
  'RequestID',
  'RequestorName',
  'SystemName',
  'AccountName',
  'RequestType',
  'RequestStatus',
  'SubmittedDt',
  'ReasonCode',
  'RequestNotes',
  'TicketSystemName',
  'TicketNumber',
  'StartDt',
  'ExpiresDt',
] as const;

export type Row = Readonly<Record<string, string>>;

export interface TableFormat {
  /** One TPAM version ends the header line with an extra TAB (seen in captured output). */
  headerTrailingTab?: boolean;
}

export function renderTable(header: readonly string[], rows: readonly Row[], format: TableFormat = {}): string {
  const headerLine = header.join('\t') + (format.headerTrailingTab ? '\t' : '');
  const lines = [headerLine, ...rows.map((row) => header.map((name) => row[name] ?? '').join('\t'))];
  return lines.map((line) => `${line}\r\n`).join('');
}

/** `No Systems to list`, `No Accounts to list`, … (exact bytes of captured output: text + CRLF). */
export function nothingToList(things: string): string {
  return `No ${things} to list\r\n`;
}

/** TPAM left-pads some numbers to width 10 (`        90`). */
export function padNumber(value: number): string {
  return String(value).padStart(10, ' ');
}

/** `%Y-%m-%d %H:%M:%S.%f` as the SPS plugin's comment gives it (milliseconds, UTC). */
export function tpamDateTime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}
