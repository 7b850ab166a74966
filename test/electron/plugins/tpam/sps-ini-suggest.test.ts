import { describe, expect, it } from 'vitest';
import { closestName, editDistance } from '../../../../electron/plugins/tpam/sps-ini-suggest';

describe('did-you-mean for ini names', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('sever_port', 'server_port')).toBe(1);
    expect(editDistance('server_prot', 'server_port')).toBe(1);
    expect(editDistance('tapm', 'tpam')).toBe(1);
    expect(editDistance('sever', 'server_user')).toBe(6);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('picks the closest known name, only when it is close for the length of the name', () => {
    const known = ['server', 'server_port', 'server_user', 'server_user_key'];
    expect(closestName('sever_port', known)).toBe('server_port');
    expect(closestName('SERVER_USR', known)).toBe('server_user');
    expect(closestName('port', known)).toBeNull();
    expect(closestName('sevrer_uesr_kye', known)).toBe('server_user_key');
    expect(closestName('x'.repeat(100_000), known)).toBeNull();
  });
});
