import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/static-vault';
import { DEMO_CASES } from './demo-cases';
import { ROTATE_HOST_KEY } from './demo-guide';

// README's demo paragraph lists what to try; it must name every case the console prints.
describe("README's demo cases", () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

  it.each([...DEMO_CASES['secret-server'], ...DEMO_CASES.tpam])('names $user on $endpoint ($what)', (c) => {
    const row = readme
      .split('\n')
      .find(
        (line) => line.includes(`\`${c.user}\` on \`${c.endpoint}\``) && (!c.change || line.includes(c.change.text)),
      );
    expect(
      row,
      `README has no row for ${c.user} on ${c.endpoint}${c.change ? ` with ${c.change.text}` : ''}`,
    ).toBeDefined();
  });

  it('says how to change the TPAM host key', () => {
    expect(readme).toContain(`type \`${ROTATE_HOST_KEY}\` and Enter in the demo's console`);
  });
});
