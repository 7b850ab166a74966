import type { ErrorCode } from '../../shared/errors';

/**
 * What the demo console tells a newcomer to try, per plugin, and what Test Settings then shows.
 * The demo worlds (test/simulators/secret-server/demo-world.ts, test/simulators/tpam/demo-world.ts)
 * are seeded for exactly these cases, and the demo's own test (run-demo.e2e.test.ts) runs each one
 * against the running demo, so what the console prints stays true.
 */
export interface DemoCase {
  /** The kind of outcome, the first column on the console. */
  what: string;
  user: string;
  endpoint: string;
  /** A setting to change on the form first: how the console words it (after "with"), and the value the test sends. */
  change?: { text: string; values: Record<string, string> };
  /** What Test Settings shows, in words, as printed. */
  shows: string;
  /**
   * The same, checkable: the names of the credentials listed (all of them), or the error's code
   * and words its message or the server's text contain.
   */
  expect: { credentials: readonly string[] } | { error: ErrorCode; says: string };
}

export type DemoPluginId = 'secret-server' | 'tpam';

/** Any API password but the demo's: Secret Server refuses the login. */
export const WRONG_API_PASSWORD = 'Not-the-demo-password-1';

export const DEMO_CASES: Record<DemoPluginId, readonly DemoCase[]> = {
  'secret-server': [
    {
      what: 'Works',
      user: 'CORP\\alice',
      endpoint: 'ws01',
      shows: '4 credentials: 2 for ws01, 2 CORP domain accounts',
      expect: { credentials: ['ws01\\Administrator', 'ws01\\breakglass', 'CORP\\svc-backup', 'CORP\\domain-admin'] },
    },
    {
      what: 'Pending approval',
      user: 'CORP\\carol',
      endpoint: 'ws01',
      shows: 'PENDING_APPROVAL, with the page where carol approves',
      expect: { error: 'PENDING_APPROVAL', says: 'ManageApplications.aspx' },
    },
    {
      what: 'No credentials',
      user: 'CORP\\erin',
      endpoint: 'ws01',
      shows: 'nothing found (erin may use only ws02\\Administrator)',
      expect: { credentials: [] },
    },
    {
      what: 'Refused user',
      user: 'CORP\\dave',
      endpoint: 'ws01',
      shows: 'NOT_AUTHORIZED: dave denied the API account access',
      expect: { error: 'NOT_AUTHORIZED', says: 'denied' },
    },
    {
      what: 'Wrong password',
      user: 'CORP\\alice',
      endpoint: 'ws01',
      change: { text: 'any other API password', values: { apiPassword: WRONG_API_PASSWORD } },
      shows: 'LOGIN_FAILED',
      expect: { error: 'LOGIN_FAILED', says: 'svc-ecm' },
    },
  ],
  tpam: [
    {
      what: 'Works',
      user: 'jdoe',
      endpoint: '10.0.0.5',
      shows: 'root and oracle on LINUXSRV01 (policy Privileged Access)',
      expect: { credentials: ['root', 'oracle'] },
    },
    {
      what: 'No credentials',
      user: 'jdoe',
      endpoint: '10.0.0.6',
      shows: 'WINSRV02: 2 accounts, none usable (no policy for jdoe)',
      expect: { credentials: [] },
    },
    {
      what: 'Pending request',
      user: 'asmith',
      endpoint: '10.0.0.6',
      change: { text: 'Authorization = approval', values: { authorization: 'approval' } },
      shows: 'none usable, request 1-2346 awaits approval',
      expect: { credentials: [] },
    },
    {
      what: 'Unknown endpoint',
      user: 'jdoe',
      endpoint: '10.9.9.9',
      shows: 'none usable: no TPAM system has this address (the reason says how it looked)',
      expect: { credentials: [] },
    },
  ],
};

/** The case each plugin's walkthrough starts with. */
export function workingCase(pluginId: DemoPluginId): DemoCase {
  return DEMO_CASES[pluginId][0]!;
}
