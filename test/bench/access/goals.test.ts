import { describe, expect, it } from 'vitest';
import { atMost, exactly } from './goals';

describe('atMost', () => {
  it('says met at or under the limit and by how much it was missed over it', () => {
    expect(atMost(1.5, 1.5)).toEqual(['≤ 1.5', 'met']);
    expect(atMost(1.62, 1.5)).toEqual(['≤ 1.5', 'missed by 0.12']);
    expect(atMost(64, 50, 'ms')).toEqual(['≤ 50 ms', 'missed by 14 ms']);
  });
});

describe('exactly', () => {
  it('says met only for the exact count, else how many more or fewer', () => {
    expect(exactly(50, 50)).toEqual(['= 50', 'met']);
    expect(exactly(70, 50)).toEqual(['= 50', 'missed: 20 more']);
    expect(exactly(0, 1)).toEqual(['= 1', 'missed: 1 fewer']);
  });
});
