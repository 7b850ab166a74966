import { IMPERSONATE_ROLE, type SsSecret, type SsWorld } from './world';

/** The API (application) account the ECM plugin logs in with in the demo. */
export const DEMO_API_ACCOUNT = { username: 'svc-ecm', domain: '', password: 'Ecm-Api-Passw0rd!' } as const;

const WINDOWS_ACCOUNT = { templateName: 'Windows Account', templateId: 6003 } as const;
const AD_ACCOUNT = { templateName: 'Active Directory Account', templateId: 6001 } as const;

const WORKSTATIONS_FOLDER = 2;
const SERVERS_FOLDER = 3;
const DOMAIN_ACCOUNTS_FOLDER = 4;

function windowsAccount(
  id: number,
  machine: string,
  username: string,
  password: string,
  viewers: string[],
  extra: Partial<SsSecret> = {},
): SsSecret {
  return {
    id,
    name: `${machine}\\${username}`,
    ...WINDOWS_ACCOUNT,
    fields: { Machine: machine, Username: username, Password: password, Notes: '' },
    viewers,
    ...extra,
  };
}

function adAccount(
  id: number,
  domain: string,
  username: string,
  password: string,
  viewers: string[],
  extra: Partial<SsSecret> = {},
): SsSecret {
  return {
    id,
    name: `${domain}\\${username}`,
    ...AD_ACCOUNT,
    folderId: DOMAIN_ACCOUNTS_FOLDER,
    fields: { Domain: domain, Username: username, Password: password, Notes: '' },
    viewers,
    ...extra,
  };
}

/**
 * A small, realistic Secret Server: domain CORP with alice (sees most), bob (sees fewer),
 * carol (impersonation still pending), dave (who denied the API account), erin (who sees only
 * ws02's Administrator, so ws01 finds nothing for her: no machine secret and no domain account),
 * a local admin, and the API account svc-ecm that may impersonate (and itself view ws01's
 * Administrator and db01's sqladmin). The demo console prints
 * carol, dave and erin as the cases to try. Every call returns a fresh copy, so a test can change
 * its world freely.
 *
 * The secret that requires a comment is also `restricted`, as in Secret Server, where
 * "restricted" marks secrets with access requirements (comment, approval, check-out).
 */
export function demoWorld(): SsWorld {
  const alice = 'CORP\\alice';
  const bob = 'CORP\\bob';
  const erin = 'CORP\\erin';
  // The API account itself may view a few secrets, as service accounts often do: Test Settings then
  // names them when the user may not (erin on ws01, bob on db01.corp.example).
  const api = DEMO_API_ACCOUNT.username;
  return {
    edition: 'installed',
    sessionTimeoutSeconds: 1200,
    users: [
      { username: 'alice', domain: 'CORP', password: 'Alice-Passw0rd!' },
      { username: 'bob', domain: 'CORP', password: 'Bob-Passw0rd!' },
      { username: 'carol', domain: 'CORP', password: 'Carol-Passw0rd!' },
      { username: 'dave', domain: 'CORP', password: 'Dave-Passw0rd!' },
      { username: 'erin', domain: 'CORP', password: 'Erin-Passw0rd!' },
      { username: 'localadmin', domain: '', password: 'Local-Admin-Passw0rd!' },
      { ...DEMO_API_ACCOUNT, roles: [IMPERSONATE_ROLE] },
    ],
    approvals: [
      { apiUser: DEMO_API_ACCOUNT.username, user: alice, state: 'approved' },
      { apiUser: DEMO_API_ACCOUNT.username, user: bob, state: 'approved' },
      { apiUser: DEMO_API_ACCOUNT.username, user: 'CORP\\carol', state: 'pending' },
      { apiUser: DEMO_API_ACCOUNT.username, user: 'CORP\\dave', state: 'denied' },
      { apiUser: DEMO_API_ACCOUNT.username, user: erin, state: 'approved' },
    ],
    secrets: [
      windowsAccount(101, 'ws01', 'Administrator', 'Ws01-Admin-Passw0rd!', [alice, bob, 'localadmin', api], {
        folderId: WORKSTATIONS_FOLDER,
      }),
      windowsAccount(102, 'ws02', 'Administrator', 'Ws02-Admin-Passw0rd!', [alice, erin], {
        folderId: WORKSTATIONS_FOLDER,
      }),
      windowsAccount(103, 'db01.corp.example', 'sqladmin', 'Db01-Sql-Passw0rd!', [alice, api], {
        folderId: SERVERS_FOLDER,
      }),
      windowsAccount(104, '10.0.0.15', 'Administrator', 'Ten-0-0-15-Passw0rd!', [alice, bob]),
      windowsAccount(105, 'ws01', 'breakglass', 'Ws01-Breakglass-Passw0rd!', [alice, bob], {
        folderId: WORKSTATIONS_FOLDER,
        restricted: true,
      }),
      windowsAccount(106, 'ws02', 'old-admin', 'Ws02-Old-Passw0rd!', [alice], {
        folderId: WORKSTATIONS_FOLDER,
        deleted: true,
      }),
      adAccount(201, 'CORP', 'svc-backup', 'Corp-Backup-Passw0rd!', [alice, bob]),
      adAccount(202, 'LAB', 'labadmin', 'Lab-Admin-Passw0rd!', [alice]),
      adAccount(203, 'CORP', 'domain-admin', 'Corp-Domain-Admin-Passw0rd!', [alice], {
        restricted: true,
        requiresComment: true,
        fields: {
          Domain: 'CORP',
          Username: 'domain-admin',
          Password: 'Corp-Domain-Admin-Passw0rd!',
          Notes: 'Tier-0 account: state the ticket number.',
        },
      }),
    ],
  };
}
