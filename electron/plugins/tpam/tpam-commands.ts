import { EcmError } from '../../../shared/errors';

/**
 * The TPAM CLI command lines the plugin sends over SSH, argument for argument as the SPS plugin
 * sends them, so TPAM's audit log reads the same for both.
 *
 * Quoting: the SPS plugin pastes names in unquoted, so a space splits an argument. TPAM's help
 * says multi-word values must be surrounded by double quotes, and documents no escape; so a
 * value is sent bare when it is plainly one word (every command line of the SPS plugin's worked example,
 * test/simulators/tpam/demo-world.ts, stays byte for byte the same), in double quotes otherwise, and refused when it holds a double quote or a
 * control character (which could end the value or the command). `*` is TPAM's wildcard in list
 * filters, and a leading `-` would read as an option name, so names holding them are refused too.
 * ReasonText is always quoted, as the plugin does.
 */

/** What the plugin puts after the gateway user in ReasonText (source comment: "TODO: PAM-8576 SPS -> get_gateway_fqdn()"). */
export const SPS_REASON_SOURCE = 'SPS';

/** Characters that never need quotes (no space, quote, wildcard or shell-like character). */
const BARE_VALUE = /^[A-Za-z0-9_.@:\\/+=,-]+$/;
// Control characters could end the value or the command line.
const CONTROL = /[\u0000-\u001f\u007f]/;

function refuse(what: string, value: string, why: string): EcmError {
  return new EcmError({
    code: 'VALIDATION',
    field: what,
    message: `The ${what} ${JSON.stringify(value)} cannot be sent to TPAM: ${why}.`,
    hint: 'TPAM command lines take names without double quotes, control characters or * wildcards.',
  });
}

function checkText(what: string, value: string): void {
  if (CONTROL.test(value)) throw refuse(what, value, 'it contains a control character (line break, tab, …)');
  if (value.includes('"')) throw refuse(what, value, 'it contains a double quote, which TPAM has no way to escape');
  // Inside double quotes, `…`, $(…) and ${…} could be expanded by a shell (a $ alone stays: machine
  // accounts end in $), and a final \ would escape the closing quote under Windows argument rules,
  // swallowing the next option.
  if (/`|\$[({]/.test(value)) throw refuse(what, value, 'it contains ` or $( or ${, which a shell could expand');
  if (value.endsWith('\\')) throw refuse(what, value, 'it ends with a backslash');
}

/** A name argument (account, system, user, address): bare when one plain word, quoted otherwise. */
export function quoteName(what: string, value: string): string {
  checkText(what, value);
  if (value.trim() === '') throw refuse(what, value, 'it is empty');
  if (value.includes('*')) throw refuse(what, value, "'*' is TPAM's wildcard and would match other names");
  if (value.startsWith('-')) throw refuse(what, value, 'a leading - would be read as an option name');
  return BARE_VALUE.test(value) ? value : `"${value}"`;
}

/** A free-text argument: always in double quotes. */
export function quoteText(what: string, value: string): string {
  checkText(what, value);
  return `"${value}"`;
}

/** Why the password is checked out: the last part of ReasonText. */
export type ReasonComment =
  { kind: 'gateway' } | { kind: 'approval'; requestId: string } | { kind: 'policy'; policy: string };

/** `gateway`, `approval,<RequestID>` or `policy,<required_policy>`. */
export function reasonComment(comment: ReasonComment): string {
  switch (comment.kind) {
    case 'gateway':
      return 'gateway';
    case 'approval':
      return `approval,${comment.requestId}`;
    case 'policy':
      return `policy,${comment.policy}`;
  }
}

/** `<gateway user>,<reason source>,<comment>`, e.g. `jdoe,SPS,policy,Privileged Access`. */
export function reasonText(gatewayUser: string, comment: ReasonComment, source: string = SPS_REASON_SOURCE): string {
  return `${gatewayUser},${source},${reasonComment(comment)}`;
}

/** `ListSystems --NetworkAddress <ip>`: the tpam system-name resolver. */
export function listSystemsCommand(networkAddress: string): string {
  return `ListSystems --NetworkAddress ${quoteName('network address', networkAddress)}`;
}

/** `ListSystems --SystemName <s>`: whether TPAM has a system of that name (Test Settings explains an empty answer). */
export function listSystemsByNameCommand(systemName: string): string {
  return `ListSystems --SystemName ${quoteName('system name', systemName)}`;
}

/**
 * TPAM's list commands return at most this many rows when `--MaxRows` is not given (their usage
 * text: "Maximum number of rows to return. Default=25"); the SPS plugin does not give it.
 */
export const TPAM_LIST_DEFAULT_ROWS = 25;

/** `ListAccounts --SystemName <s>`: every account of a system (Test Settings lists them). */
export function listSystemAccountsCommand(systemName: string): string {
  return `ListAccounts --SystemName ${quoteName('system name', systemName)}`;
}

/** `ListAccounts --AccountName <a> --SystemName <s>`: the system_maptoreal lookup. */
export function listAccountsCommand(accountName: string, systemName: string): string {
  return `ListAccounts --AccountName ${quoteName('account name', accountName)} --SystemName ${quoteName('system name', systemName)}`;
}

/**
 * `ListRequestDetails --RequestorName <u> --AccountName <a> --SystemName <s> --Status Active`: approval
 * authorization, as retrieval asks it. `All` (TPAM's other documented filter values: Pending, Current,
 * Open) lists every request: Test Settings reads the active one and the reasons from it
 * (readApprovalState).
 */
export function listRequestDetailsCommand(
  requestorName: string,
  accountName: string,
  systemName: string,
  status: 'Active' | 'All' = 'Active',
): string {
  return (
    `ListRequestDetails --RequestorName ${quoteName('requestor name', requestorName)} --AccountName ${quoteName('account name', accountName)}` +
    ` --SystemName ${quoteName('system name', systemName)} --Status ${status}`
  );
}

/** `ListAssignedPolicies --UserName <u> --AccountName <a> --SystemName <s> --AllOrEffectiveFlag E --PermissionType Pwd`: policy authorization. */
export function listAssignedPoliciesCommand(userName: string, accountName: string, systemName: string): string {
  return (
    `ListAssignedPolicies --UserName ${quoteName('user name', userName)} --AccountName ${quoteName('account name', accountName)}` +
    ` --SystemName ${quoteName('system name', systemName)} --AllOrEffectiveFlag E --PermissionType Pwd`
  );
}

/** `Retrieve --AccountName <a> --SystemName <s> --ReasonText "<reason>"`: the password checkout. */
export function retrieveCommand(accountName: string, systemName: string, reason: string): string {
  return `Retrieve --AccountName ${quoteName('account name', accountName)} --SystemName ${quoteName('system name', systemName)} --ReasonText ${quoteText('reason text', reason)}`;
}
