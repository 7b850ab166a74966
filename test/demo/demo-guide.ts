import { DEMO_API_ACCOUNT } from '../simulators/secret-server';
import { DEMO_CLI_USER } from '../simulators/tpam/demo-world';
import type { HostKeyInfo } from '../simulators/tpam/host-keys';
import { DEMO_CASES, type DemoCase } from './demo-cases';

/** The key that restarts the TPAM simulator with a new host key (typed, then Enter). */
export const ROTATE_HOST_KEY = 'k';

interface Row {
  what: string;
  /** The user and endpoint columns; a row without them has its text right after `what`. */
  target?: { user: string; endpoint: string };
  text: string;
}

const INDENT = '  ';

function caseRow(c: DemoCase): Row {
  return {
    what: c.what,
    target: { user: c.user, endpoint: c.endpoint },
    text: c.change ? `with ${c.change.text}: ${c.shows}` : c.shows,
  };
}

/**
 * What the demo console prints before the app opens: each simulator with its account and the
 * cases to try in Test Settings, one aligned table grouped by plugin. The Secret Server API
 * password is printed on purpose: it is the simulator's own, made up for the demo.
 */
export function demoGuide(where: { secretServerUrl: string; tpam: { host: string; port: number } }): string[] {
  const groups: { title: string; rows: Row[] }[] = [
    {
      title: `Secret Server simulator: ${where.secretServerUrl}`,
      rows: [
        {
          what: 'API account',
          text: `${DEMO_API_ACCOUNT.username}, password ${DEMO_API_ACCOUNT.password} (in the demo settings already)`,
        },
        ...DEMO_CASES['secret-server'].map(caseRow),
      ],
    },
    {
      title: `TPAM simulator: ssh://${where.tpam.host}:${where.tpam.port}`,
      rows: [
        { what: 'CLI user', text: `${DEMO_CLI_USER} (its private key is in the demo settings)` },
        ...DEMO_CASES.tpam.map(caseRow),
        {
          what: 'Host key change',
          text: `type ${ROTATE_HOST_KEY} and Enter here: TPAM restarts with a new host key (HOST_KEY_MISMATCH)`,
        },
      ],
    },
  ];
  const rows = groups.flatMap((g) => g.rows);
  const whatWidth = Math.max(...rows.map((r) => r.what.length)) + 2;
  const targets = rows.flatMap((r) => (r.target ? [r.target] : []));
  const userWidth = Math.max(...targets.map((t) => t.user.length)) + 1;
  const endpointWidth = Math.max(...targets.map((t) => t.endpoint.length)) + 2;
  const lines = ['Try Test Settings with these users and endpoints (the settings are filled in already):'];
  for (const group of groups) {
    lines.push('', group.title);
    for (const row of group.rows) {
      const target = row.target
        ? `${row.target.user.padEnd(userWidth)}on ${row.target.endpoint.padEnd(endpointWidth)}`
        : '';
      lines.push(`${INDENT}${row.what.padEnd(whatWidth)}${target}${row.text}`);
    }
  }
  return lines;
}

/** What the console says after the TPAM simulator restarted with new host keys. */
export function hostKeyChanged(tpam: { host: string; port: number; hostKeys: readonly HostKeyInfo[] }): string[] {
  return [
    `TPAM simulator restarted on ${tpam.host}:${tpam.port} with a new host key:`,
    ...tpam.hostKeys.map((k) => `${INDENT}${k.algorithm} ${k.fingerprint}`),
    'Test Settings on TPAM now shows HOST_KEY_MISMATCH with the new fingerprint; "Fetch host key" on the form',
    'shows it to compare with the lines above before you pin it.',
  ];
}
