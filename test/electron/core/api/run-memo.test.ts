import { describe, expect, it } from 'vitest';
import { createRunMemo } from '../../../../electron/core/api/run-memo';

describe('createRunMemo', () => {
  it('runs a key once, even for callers that arrive while it is running', async () => {
    const memo = createRunMemo();
    let calls = 0;
    const work = async () => {
      calls += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return 'token';
    };
    const answers = await Promise.all([memo.once('a', work), memo.once('a', work), memo.once('a', work)]);
    expect(answers).toEqual(['token', 'token', 'token']);
    expect(calls).toBe(1);
    await memo.once('b', work);
    expect(calls).toBe(2);
  });

  it('keeps a failure, so the same question is not asked again within the run', async () => {
    const memo = createRunMemo();
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new Error('refused');
    };
    await expect(memo.once('x', failing)).rejects.toThrow('refused');
    await expect(memo.once('x', failing)).rejects.toThrow('refused');
    expect(calls).toBe(1);
  });
});
