import type { CredentialSummary, Reason } from '../../../shared/plugin/contract';
import type { RealTarget } from './account-authorization';
import { readApprovalState, type TpamRequestState } from './request-status';
import type { RunCommand } from './system-resolver';
import { listAssignedPoliciesCommand } from './tpam-commands';
import { assignedPolicyNames, type TpamAccount } from './tpam-output';
import { fieldName } from './tpam-field-names';
import type { TpamSettings } from './tpam-settings';

/**
 * One account of the resolved system, checked for one gateway user the way a retrieval would be
 * (system_maptoreal, then the authorization mode), with the commands the SPS plugin sends. A
 * usable account becomes a credential with its detail (mapping, request id, policy); any other
 * a reason saying why not, from TPAM's own answers.
 */
export type AccountVerdict = { credential: CredentialSummary } | { reason: Reason };

type Settings = Pick<TpamSettings, 'authorization' | 'required_policy' | 'system_maptoreal'>;

export async function checkAccount(
  s: Settings,
  user: string,
  system: string,
  account: TpamAccount,
  run: RunCommand,
): Promise<AccountVerdict> {
  const id = `${account.accountName}@${system}`;
  let target: RealTarget = { account: account.accountName, system };
  if (s.system_maptoreal) {
    if (!account.accountCustom1 || !account.accountCustom2) return { reason: notMapped(id, account, system) };
    target = { account: account.accountCustom1, system: account.accountCustom2 };
  }
  const mapped = target.account !== account.accountName || target.system !== system;
  const what = `${target.account} on ${target.system}` + (mapped ? ` (mapped from ${account.accountName})` : '');
  const details = mapped ? [`maps to ${target.account} on ${target.system}`] : [];
  switch (s.authorization) {
    case 'gateway':
      break;
    case 'approval': {
      // One command per account: the verdict and the reasons come from the same `--Status All` answer.
      const { active, requests } = await readApprovalState(user, target, run);
      if (!active) return { reason: { ...whyNoActiveRequest(user, what, requests), credential: id } };
      details.push(`request ${active.requestId}`);
      break;
    }
    case 'policy': {
      const names = assignedPolicyNames(await run(listAssignedPoliciesCommand(user, target.account, target.system)), {
        user,
        account: target.account,
        system: target.system,
      });
      if (!names.includes(s.required_policy)) return { reason: noPolicy(id, user, what, s.required_policy, names) };
      details.push(`policy ${s.required_policy}`);
      break;
    }
  }
  return {
    credential: {
      id,
      name: account.accountName,
      username: target.account,
      source: 'tpam',
      template: target.system,
      ...(details.length ? { detail: details.join('; ') } : {}),
    },
  };
}

function notMapped(id: string, account: TpamAccount, system: string): Reason {
  const empty = [
    ...(account.accountCustom1 ? [] : ['AccountCustom1 (Real Account)']),
    ...(account.accountCustom2 ? [] : ['AccountCustom2 (Real System)']),
  ];
  return {
    code: 'not-mapped',
    credential: id,
    text: `${account.accountName} on ${system} has no real account and system for ${fieldName('system_maptoreal')}: ${empty.join(' and ')} ${empty.length > 1 ? 'are' : 'is'} empty.`,
  };
}

function noPolicy(id: string, user: string, what: string, required: string, found: string[]): Reason {
  const names = [...new Set(found)];
  return {
    code: 'no-policy',
    credential: id,
    text:
      `${user} has no '${required}' policy for ${what} (the ${fieldName('required_policy')} of ${fieldName('authorization')} policy): ` +
      (names.length ? `policies found: ${names.map((n) => `'${n}'`).join(', ')}.` : 'no password policy is assigned.'),
  };
}

/** The most hopeful request decides: pending, then approved for later, then expired, then closed. */
const ORDER = ['pending', 'approved', 'expired'];

function whyNoActiveRequest(user: string, what: string, requests: TpamRequestState[]): Reason {
  const rank = (r: TpamRequestState) => {
    const i = ORDER.indexOf(r.status.toLowerCase());
    return i < 0 ? ORDER.length : i;
  };
  const request = [...requests].sort((a, b) => rank(a) - rank(b))[0];
  const others =
    requests.length > 1 ? ` (${requests.length - 1} other request(s) of ${user} for it are not active either)` : '';
  if (!request) {
    return {
      code: 'no-active-request',
      text: `${user} has no request for ${what}; ${fieldName('authorization')} approval needs an active, approved one.`,
    };
  }
  const subject = `${user}'s request ${request.requestId} for ${what}`;
  switch (request.status.toLowerCase()) {
    case 'pending':
      return { code: 'request-pending', text: `${subject} is pending approval${others}.` };
    case 'approved':
      return {
        code: 'request-not-started',
        text: `${subject} is approved, but its release window has not started${request.startsAt ? ` (starts ${request.startsAt})` : ''}${others}.`,
      };
    case 'expired':
      return {
        code: 'request-expired',
        text: `${subject} has expired${request.expiresAt ? ` (ended ${request.expiresAt})` : ''}${others}.`,
      };
    default:
      return {
        code: 'request-closed',
        text: `${subject} is ${request.status || 'not active'}; no request is active${others}.`,
      };
  }
}
