import { describe, expect, it } from 'vitest';
import { accountSchema } from '../../../shared/ipc/payload-schemas';

// The user account of Test Settings (IPC and `ecm-configurator test-settings --user`): no markup and
// no control characters get as far as a plugin, whichever plugin it is.
describe('accountSchema', () => {
  it.each([
    ['CORP\\al<ice', '< and > are not allowed in a user account'],
    ['CORP\\al>ice', '< and > are not allowed in a user account'],
    ['<![CDATA[x]]>', '< and > are not allowed in a user account'],
    ['CORP\\al\u0007ice', 'control characters are not allowed'],
  ])('refuses %j with "%s"', (user, message) => {
    const result = accountSchema.safeParse(user);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });

  it('accepts the usual forms', () => {
    for (const user of ['CORP\\alice', 'alice@corp.example', 'alice', "o'brien"])
      expect(accountSchema.safeParse(user).success, user).toBe(true);
  });
});
