import { generateSshKeyPair } from './ssh-key-pair';
import { ISA_POLICY, type TpamWorld } from './world';

/**
 * A small TPAM for tests and demos, built around the SPS plugin's worked example:
 * gateway user `jdoe`, target `root` on `10.0.0.5` = system `LINUXSRV01`, whose root account maps
 * to the real pair realroot@REALSYS, one active request `1-2345`, and the ISA CLI user `isacli`.
 * The demo console (test/demo/demo-cases.ts) also prints jdoe on `10.0.0.6` (WINSRV02, where jdoe
 * has no policy) and asmith's request `1-2346` there, still pending, as cases to try.
 */

export const DEMO_CLI_USER = 'isacli';

export interface DemoCliKey {
  user: string;
  /** OpenSSH private key of the CLI user (what TPAM's "Download Key" hands the admin). */
  privateKey: string;
  /** `ssh-ed25519 AAAA… isacli@tpam` */
  publicKey: string;
}

let cliKey: DemoCliKey | undefined;

/** The demo CLI user's key pair, generated once per test process. */
export function demoCliKey(): DemoCliKey {
  if (!cliKey) {
    const pair = generateSshKeyPair('ed25519', { comment: `${DEMO_CLI_USER}@tpam` });
    cliKey = { user: DEMO_CLI_USER, privateKey: pair.private, publicKey: pair.public };
  }
  return cliKey;
}

const HOUR = 3_600_000;

export function demoTpamWorld(now: Date = new Date()): TpamWorld {
  return {
    systems: [
      { name: 'LINUXSRV01', networkAddress: '10.0.0.5', platform: 'Linux', description: 'Build server' },
      {
        name: 'PSM_LINUXSRV01',
        networkAddress: '10.0.0.15',
        platform: 'Linux',
        description: 'LINUXSRV01 for sessions through the gateway',
      },
      {
        name: 'REALSYS',
        networkAddress: '10.0.0.50',
        platform: 'Linux',
        description: 'The real system behind LINUXSRV01 accounts',
      },
      { name: 'WINSRV02', networkAddress: '10.0.0.6', platform: 'Windows' },
    ],
    accounts: [
      {
        systemName: 'LINUXSRV01',
        accountName: 'root',
        password: 'Lnx-r00t!pw',
        custom1: 'realroot',
        custom2: 'REALSYS',
      },
      { systemName: 'LINUXSRV01', accountName: 'oracle', password: 'Ora-pw-7731' },
      { systemName: 'PSM_LINUXSRV01', accountName: 'root', password: 'Psm-r00t!pw' },
      { systemName: 'REALSYS', accountName: 'realroot', password: 'R3al-r00t!pw' },
      { systemName: 'WINSRV02', accountName: 'Administrator', password: 'W1n-Adm!n-pw' },
      { systemName: 'WINSRV02', accountName: 'svc_backup', password: 'Bkp-pw-0042', requireTicketForCli: true },
    ],
    users: [
      { name: DEMO_CLI_USER, firstName: 'ISA', lastName: 'CLI', cliPublicKeys: [demoCliKey().publicKey] },
      { name: 'jdoe', firstName: 'John', lastName: 'Doe', email: 'jdoe@corp.example' },
      { name: 'asmith', firstName: 'Anna', lastName: 'Smith', email: 'asmith@corp.example' },
    ],
    policies: [
      // The CLI user may see and retrieve everything (the tutorial's ISA access policies).
      { userName: DEMO_CLI_USER, policyName: ISA_POLICY },
      { userName: 'jdoe', policyName: 'Privileged Access', systemName: 'LINUXSRV01' },
      { userName: 'jdoe', policyName: 'Privileged Access', systemName: 'REALSYS', accountName: 'realroot' },
      { userName: 'asmith', policyName: 'Approver', systemName: 'LINUXSRV01' },
    ],
    requests: [
      {
        requestId: '1-2345',
        requestorName: 'jdoe',
        systemName: 'LINUXSRV01',
        accountName: 'root',
        status: 'Active',
        submittedAt: new Date(now.getTime() - HOUR),
        startsAt: new Date(now.getTime() - HOUR),
        endsAt: new Date(now.getTime() + 2 * HOUR),
        reason: 'Patch window',
      },
      {
        requestId: '1-2346',
        requestorName: 'asmith',
        systemName: 'WINSRV02',
        accountName: 'Administrator',
        status: 'Pending',
        submittedAt: now,
        startsAt: now,
        endsAt: new Date(now.getTime() + HOUR),
      },
    ],
  };
}
