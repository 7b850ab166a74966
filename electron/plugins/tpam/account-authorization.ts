import { EcmError } from '../../../shared/errors';
import {
  listAccountsCommand,
  listAssignedPoliciesCommand,
  listRequestDetailsCommand,
  type ReasonComment,
} from './tpam-commands';
import { hasRequiredPolicy, readAccounts, readRequestDetails } from './tpam-output';
import { fieldName } from './tpam-field-names';
import type { TpamSettings } from './tpam-settings';
import type { RunCommand } from './system-resolver';

export interface RealTarget {
  account: string;
  system: string;
}

/**
 * `system_maptoreal`: the real account and system from AccountCustom1/AccountCustom2 of the
 * account (found by header name); null when either is empty, as in the SPS plugin.
 */
export async function mapToReal(account: string, system: string, run: RunCommand): Promise<RealTarget | null> {
  const row = readAccounts(await run(listAccountsCommand(account, system)))[0];
  if (!row || !row.accountCustom1 || !row.accountCustom2) return null;
  return { account: row.accountCustom1, system: row.accountCustom2 };
}

/**
 * Whether the gateway user may have the account's password under the configured mode; the
 * reason comment for Retrieve when so, null when not.
 */
export async function authorize(
  settings: Pick<TpamSettings, 'authorization' | 'required_policy'>,
  gatewayUser: string,
  target: RealTarget,
  run: RunCommand,
): Promise<ReasonComment | null> {
  switch (settings.authorization) {
    case 'gateway':
      return { kind: 'gateway' };
    case 'approval': {
      const output = await run(listRequestDetailsCommand(gatewayUser, target.account, target.system));
      const request = readRequestDetails(output, {
        requestor: gatewayUser,
        account: target.account,
        system: target.system,
      })[0];
      return request ? { kind: 'approval', requestId: request.requestId } : null;
    }
    case 'policy':
      return hasRequiredPolicy(
        await run(listAssignedPoliciesCommand(gatewayUser, target.account, target.system)),
        settings.required_policy,
        {
          user: gatewayUser,
          account: target.account,
          system: target.system,
        },
      )
        ? { kind: 'policy', policy: settings.required_policy }
        : null;
  }
}

export function notAuthorized(
  settings: Pick<TpamSettings, 'authorization' | 'required_policy'>,
  gatewayUser: string,
  target: RealTarget,
): EcmError {
  const why =
    settings.authorization === 'approval'
      ? 'no active, approved request exists for it'
      : `the user does not have the policy '${settings.required_policy}' for it`;
  return new EcmError({
    code: 'NOT_AUTHORIZED',
    message: `${gatewayUser} may not use ${target.account} on ${target.system} with ${fieldName('authorization')} set to ${settings.authorization}: ${why}.`,
    hint:
      settings.authorization === 'approval'
        ? 'Request access to the account in TPAM and have it approved, then try again.'
        : `Assign the '${settings.required_policy}' policy to the user for this account in TPAM, or change the ${fieldName('required_policy')}.`,
  });
}
