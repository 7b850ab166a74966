import type { SsSecret, SsWorld } from '../simulators/secret-server';

export const API_USER = 'svc-ecm';
export const API_PASSWORD = 'Ss-Api-Marker-Pass-41';

function machineSecret(
  id: number,
  name: string,
  machine: string,
  viewers: string[],
  extra: Partial<SsSecret> = {},
): SsSecret {
  return {
    id,
    name,
    templateName: 'Windows Account',
    templateId: 6003,
    fields: { Machine: machine, Username: 'Administrator', Password: `Ss-Secret-${id}-Pass`, Notes: '' },
    viewers,
    ...extra,
  };
}

/** A world with one secret per case the integration tests need. */
export function testWorld(): SsWorld {
  return {
    users: [
      { username: API_USER, domain: '', password: API_PASSWORD, roles: ['Web Services Impersonate'] },
      { username: 'svc-noimp', domain: '', password: 'No-Imp-Pass-1' },
      { username: 'svc-dom', domain: 'CORP', password: 'Dom-Api-Pass-1', roles: ['Web Services Impersonate'] },
      { username: 'alice', domain: 'CORP', password: 'x' },
      { username: 'bob', domain: 'CORP', password: 'x' },
      { username: 'carol', domain: 'CORP', password: 'x' },
      { username: 'erin', domain: 'CORP', password: 'x' },
      { username: 'dave', domain: '', password: 'x' },
    ],
    secrets: [
      machineSecret(1, 'WS01 admin', 'ws01', ['CORP\\alice', 'CORP\\bob']),
      machineSecret(2, 'WS01 backup', 'ws01', ['CORP\\alice'], { restricted: true }),
      machineSecret(3, 'WS01 FQDN admin', 'ws01.corp.example', ['CORP\\alice']),
      machineSecret(4, 'DB01 sa', '10.0.0.15', ['CORP\\alice']),
      {
        id: 5,
        name: 'CORP domain admin',
        templateName: 'Active Directory Account',
        templateId: 6001,
        fields: { Domain: 'CORP', Username: 'da-alice', Password: 'Ss-Secret-5-Pass', Notes: '' },
        viewers: ['CORP\\alice'],
      },
      {
        id: 6,
        name: 'LAB domain admin',
        templateName: 'Active Directory Account',
        templateId: 6001,
        fields: { Domain: 'LAB', Username: 'da-lab', Password: 'Ss-Secret-6-Pass', Notes: '' },
        viewers: ['CORP\\alice'],
      },
      machineSecret(7, 'WS01 deleted', 'ws01', ['CORP\\alice'], { deleted: true }),
      machineSecret(8, 'WS01 for dave', 'ws01', ['dave']),
      {
        ...machineSecret(9, 'Host field secret', '', ['CORP\\alice']),
        fields: { Host: 'ws09', Username: 'root', Password: 'Ss-Secret-9-Pass' },
      },
      machineSecret(10, 'WS02 needs comment', 'ws02', ['CORP\\alice'], { requiresComment: true }),
      {
        ...machineSecret(11, 'WS03 both fields', 'ws03', ['CORP\\alice']),
        fields: { Machine: 'ws03', Domain: 'CORP', Username: 'x', Password: 'Ss-Secret-11-Pass' },
      },
      {
        ...machineSecret(12, 'AD account in a custom field', '', ['CORP\\alice']),
        fields: { ADDomain: 'CORP', Username: 'y', Password: 'Ss-Secret-12-Pass' },
      },
      // Visible to the API account but not to bob or erin: the "why not" reasons name them.
      machineSecret(13, 'APP01 admin', 'app01', ['CORP\\alice', API_USER]),
      machineSecret(14, 'APP01 service', 'app01.corp.example', [API_USER], { restricted: true }),
      {
        id: 15,
        name: 'DMZ domain admin',
        templateName: 'Active Directory Account',
        templateId: 6001,
        fields: { Domain: 'DMZ', Username: 'da-dmz', Password: 'Ss-Secret-15-Pass', Notes: '' },
        viewers: [API_USER],
      },
    ],
    approvals: [
      { apiUser: API_USER, user: 'CORP\\alice', state: 'approved' },
      { apiUser: API_USER, user: 'CORP\\bob', state: 'approved' },
      { apiUser: API_USER, user: 'dave', state: 'approved' },
      { apiUser: API_USER, user: 'CORP\\erin', state: 'denied' },
      { apiUser: 'CORP\\svc-dom', user: 'CORP\\alice', state: 'approved' },
    ],
  };
}
