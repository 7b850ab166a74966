import { describe, expect, it } from 'vitest';
import { machineSearchTerms } from '../../../../electron/plugins/secret-server/endpoint-names';

describe('machineSearchTerms', () => {
  it('searches an FQDN as given and by its first label', () => {
    expect(machineSearchTerms('ws01.corp.example')).toEqual(['ws01.corp.example', 'ws01']);
  });
  it('searches host names and IP addresses as given', () => {
    expect(machineSearchTerms('ws01')).toEqual(['ws01']);
    expect(machineSearchTerms('10.0.0.15')).toEqual(['10.0.0.15']);
    expect(machineSearchTerms('[fe80::1]')).toEqual(['fe80::1']);
  });
});
