import { describe, expect, it } from 'vitest';
import { readApprovalState } from '../../../../electron/plugins/tpam/request-status';
import { listRequestDetailsCommand, TPAM_LIST_DEFAULT_ROWS } from '../../../../electron/plugins/tpam/tpam-commands';
import { readRequestDetails } from '../../../../electron/plugins/tpam/tpam-output';
import { runTpamCommand } from '../../../simulators/tpam/cli';
import { DEMO_CLI_USER, demoTpamWorld } from '../../../simulators/tpam/demo-world';
import { shownStatus } from '../../../simulators/tpam/list-commands';
import type { TpamRequestStatus, TpamWorld } from '../../../simulators/tpam/world';

const NOW = new Date('2024-05-01T12:00:00Z');
const HOUR = 3_600_000;

/**
 * Every request state TPAM shows, several per account and in mixed order: Active in its window,
 * Active or Approved whose window ended (Expired) or has not begun (Approved), Pending, Denied,
 * Cancelled; and accounts with two active requests, with none, and with no request at all.
 */
function mixedWorld(): TpamWorld {
  const world = demoTpamWorld(NOW);
  world.requests = [];
  const states: [TpamRequestStatus, number][] = [
    ['Active', -1],
    ['Active', -5],
    ['Approved', 2],
    ['Approved', -1],
    ['Pending', 0],
    ['Denied', 0],
    ['Cancelled', 0],
  ];
  let n = 5000;
  for (const user of ['jdoe', 'asmith', 'bwayne'])
    for (const account of world.accounts)
      for (const [i, [status, from]] of states.entries()) {
        // A different subset and order of states for each user and account.
        if ((user.length + account.accountName.length + i) % 3 === 0) continue;
        world.requests.push({
          requestId: `1-${n++}`,
          requestorName: user,
          systemName: account.systemName,
          accountName: account.accountName,
          status,
          submittedAt: new Date(NOW.getTime() - 6 * HOUR),
          startsAt: new Date(NOW.getTime() + from * HOUR),
          endsAt: new Date(NOW.getTime() + (from + 3) * HOUR),
        });
      }
  return world;
}

describe('readApprovalState', () => {
  it('finds the same request as the SPS line --Status Active, for every user and account, from one --Status All', async () => {
    const world = mixedWorld();
    const cli = (line: string) => runTpamCommand({ world, user: DEMO_CLI_USER, format: {}, now: () => NOW }, line);
    let compared = 0;
    let active = 0;
    for (const user of ['jdoe', 'asmith', 'bwayne', 'nobody'])
      for (const { accountName: account, systemName: system } of world.accounts) {
        const sent: string[] = [];
        const state = await readApprovalState(user, { account, system }, async (line) => {
          sent.push(line);
          return cli(line);
        });
        const sps = readRequestDetails(cli(listRequestDetailsCommand(user, account, system, 'Active')), {
          requestor: user,
          account,
          system,
        })[0];
        expect(state.active?.requestId).toBe(sps?.requestId);
        expect(sent).toEqual([listRequestDetailsCommand(user, account, system, 'All')]);
        compared++;
        if (sps) active++;
      }
    // The world really has both answers to compare, not only empty ones.
    expect(compared).toBe(4 * world.accounts.length);
    expect(active).toBeGreaterThan(3);
    expect(active).toBeLessThan(compared - world.accounts.length);
  });

  it('asks --Status Active as well when --Status All filled a whole page without an active request', async () => {
    const world = mixedWorld();
    const { accountName: account, systemName: system } = world.accounts[0]!;
    world.requests = Array.from({ length: TPAM_LIST_DEFAULT_ROWS + 5 }, (_, i) => ({
      requestId: `1-${7000 + i}`,
      requestorName: 'jdoe',
      systemName: system,
      accountName: account,
      status: 'Active' as const,
      submittedAt: new Date(NOW.getTime() - 60 * 24 * HOUR),
      // One a day for a month, each over after 3 hours; only the newest (listed last, past the
      // first page) is in its window now.
      startsAt: new Date(NOW.getTime() - (i === TPAM_LIST_DEFAULT_ROWS + 4 ? 1 : (30 - i) * 24) * HOUR),
      endsAt: new Date(NOW.getTime() - (i === TPAM_LIST_DEFAULT_ROWS + 4 ? -2 : (30 - i) * 24 - 3) * HOUR),
    }));
    const cli = (line: string) => runTpamCommand({ world, user: DEMO_CLI_USER, format: {}, now: () => NOW }, line);
    const sent: string[] = [];
    const state = await readApprovalState('jdoe', { account, system }, async (line) => {
      sent.push(line);
      return cli(line);
    });
    expect(state.active?.requestId).toBe(`1-${7000 + TPAM_LIST_DEFAULT_ROWS + 4}`);
    expect(state.requests).toHaveLength(TPAM_LIST_DEFAULT_ROWS);
    expect(sent).toEqual([
      listRequestDetailsCommand('jdoe', account, system, 'All'),
      listRequestDetailsCommand('jdoe', account, system, 'Active'),
    ]);
  });

  it('gives the other requests as the reasons, and none when there is no request', async () => {
    const world = mixedWorld();
    const cli = (line: string) =>
      Promise.resolve(runTpamCommand({ world, user: DEMO_CLI_USER, format: {}, now: () => NOW }, line));
    const { accountName: account, systemName: system } = world.accounts[0]!;
    const jdoe = await readApprovalState('jdoe', { account, system }, cli);
    const mine = world.requests.filter(
      (r) => r.requestorName === 'jdoe' && r.accountName === account && r.systemName === system,
    );
    expect(mine.length).toBeGreaterThan(2);
    expect(jdoe.requests.map((r) => [r.requestId, r.status])).toEqual(
      mine.map((r) => [r.requestId, shownStatus(r, NOW)]),
    );
    expect(await readApprovalState('nobody', { account, system }, cli)).toEqual({ active: null, requests: [] });
  });

  it('asks the SPS line when the answer names no status column, and never takes an unknown state for active', async () => {
    // A layout without RequestStatus: only TPAM's own Active filter can tell which request is active.
    const header = ['RequestID', 'RequestorName', 'SystemName', 'AccountName', 'RequestType'].join('\t');
    const row = (id: string) => [id, 'jdoe', 'LINUXSRV01', 'root', 'Password'].join('\t');
    const answers: Record<string, string> = {
      All: `${header}\r\n${row('1-7001')}\r\n${row('1-7002')}\r\n`,
      Active: `${header}\r\n${row('1-7002')}\r\n`,
    };
    const sent: string[] = [];
    const state = await readApprovalState('jdoe', { account: 'root', system: 'LINUXSRV01' }, (line) => {
      sent.push(line);
      return Promise.resolve(answers[line.endsWith('All') ? 'All' : 'Active']!);
    });
    expect(sent.map((l) => l.split(' ').at(-1))).toEqual(['All', 'Active']);
    expect(state.active?.requestId).toBe('1-7002');

    answers.Active = 'No Requests to list\r\n';
    const none = await readApprovalState('jdoe', { account: 'root', system: 'LINUXSRV01' }, (line) =>
      Promise.resolve(answers[line.endsWith('All') ? 'All' : 'Active']!),
    );
    expect(none.active).toBeNull();
    expect(none.requests.map((r) => r.requestId)).toEqual(['1-7001', '1-7002']);
  });
});
