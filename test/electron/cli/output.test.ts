import { describe, expect, it } from 'vitest';
import { formatError } from '../../../electron/cli/output';

// Headlines in words, codes as detail: the CLI's human error output leads with the sentence.
describe('formatError', () => {
  it('leads with the sentence and gives the code on its own line after it', () => {
    const text = formatError({
      code: 'NOT_AUTHORIZED',
      message: 'Secret Server refused to act as CORP\\nobody: the API account may not impersonate this user.',
      serverText: 'The user to impersonate was not found.',
      hint: 'Check the spelling.',
    });
    expect(text.split('\n')).toEqual([
      'Error: Secret Server refused to act as CORP\\nobody: the API account may not impersonate this user.',
      '  Code:        NOT_AUTHORIZED',
      '  Server said: The user to impersonate was not found.',
      '  What to do:  Check the spelling.',
      '',
    ]);
  });
});
