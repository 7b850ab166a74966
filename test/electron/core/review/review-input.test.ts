import { describe, expect, it } from 'vitest';
import { MAX_REVIEW_PAIRS, parseNameList, parseReviewInput } from '../../../../electron/core/review/review-input';

const csv = (text: string) => parseReviewInput({ kind: 'csv', text });
const failure = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err as { code: string; message: string; hint?: string; field?: string };
  }
  throw new Error('expected an error');
};

describe('parseReviewInput: CSV', () => {
  it('reads user,endpoint lines without a header, in input order', () => {
    expect(csv('CORP\\alice,ws01\r\nbob@corp.example, 10.0.0.5\n')).toEqual([
      { user: 'CORP\\alice', endpoint: 'ws01' },
      { user: 'bob@corp.example', endpoint: '10.0.0.5' },
    ]);
  });

  it('detects a header, in either column order, and skips it', () => {
    expect(csv('user,endpoint\nCORP\\alice,ws01\n')).toEqual([{ user: 'CORP\\alice', endpoint: 'ws01' }]);
    expect(csv('Endpoint,User\nws01,CORP\\alice\n')).toEqual([{ user: 'CORP\\alice', endpoint: 'ws01' }]);
  });

  it('skips # comment lines and blank lines; a # inside a value is kept', () => {
    expect(csv('\uFEFF# go-live list\n\nuser,endpoint\n  \n# web tier\nweb#ops,web07\n')).toEqual([
      { user: 'web#ops', endpoint: 'web07' },
    ]);
  });

  it('reads RFC 4180 quotes: commas and doubled quotes inside a value', () => {
    expect(csv('"Smith, John",ws01\n"o""brien",ws02\n')).toEqual([
      { user: 'Smith, John', endpoint: 'ws01' },
      { user: 'o"brien', endpoint: 'ws02' },
    ]);
  });

  it('keeps duplicate pairs, one row each', () => {
    expect(csv('a,ws01\na,ws01\n')).toHaveLength(2);
  });

  it.each([
    ['a missing endpoint column', 'user,endpoint\nalice,ws01\nbob\n', 'Line 3: the endpoint column is missing.'],
    [
      'too many columns',
      'alice,ws01\n# note\nbob,ws02,extra\n',
      'Line 3: 3 columns, but a line has two: user,endpoint.',
    ],
    ['an empty user', 'alice,ws01\n,ws02\n', 'Line 2: the user is empty.'],
    ['an empty endpoint', 'alice,ws01\nbob,\n', 'Line 2: the endpoint is empty.'],
    ['an unclosed quote', 'alice,ws01\n"bob,ws02\n', 'Line 2: a quoted value is never closed.'],
    ['text after a closing quote', 'alice,ws01\n"bob"x,ws02\n', 'Line 2: a closing quote is followed by more text.'],
    ['no pairs at all', '# only a comment\nuser,endpoint\n', 'The CSV has no pairs.'],
  ])('refuses %s, naming the line', (_name, text, message) => {
    const err = failure(() => csv(text));
    expect(err).toMatchObject({ code: 'VALIDATION', message });
    expect(err.hint).toBeTruthy();
  });

  it('refuses a user or endpoint that Test Settings would refuse, with the same rule', () => {
    expect(failure(() => csv('alice,ws01\nCORP\\<bob>,ws02\n'))).toMatchObject({
      code: 'VALIDATION',
      field: 'user',
      message: "Line 2: the user 'CORP\\<bob>' is not accepted: < and > are not allowed in a user account.",
    });
    expect(failure(() => csv('alice,web 07\n')).message).toBe(
      "Line 1: the endpoint 'web 07' is not accepted: an endpoint is a host name, FQDN or IP address (letters, digits, . - : [ ]).",
    );
    expect(failure(() => csv(`${'u'.repeat(300)},ws01\n`)).message).toMatch(
      /^Line 1: the user 'u{60}…' is longer than 256 characters\.$/,
    );
    // Invisible characters are shown, never written raw into the message.
    expect(failure(() => csv('"a\u0007b",ws01\n')).message).toContain("'a?b'");
  });

  it(`refuses more than ${MAX_REVIEW_PAIRS} pairs`, () => {
    const text = 'a,b\n'.repeat(MAX_REVIEW_PAIRS + 1);
    expect(failure(() => csv(text)).message).toBe(
      `The CSV has ${MAX_REVIEW_PAIRS + 1} pairs, more than the ${MAX_REVIEW_PAIRS} a review allows.`,
    );
  });
});

describe('parseReviewInput: users × endpoints', () => {
  it('puts every user on every endpoint, user by user', () => {
    expect(parseReviewInput({ kind: 'matrix', users: ['a', 'b'], endpoints: ['x', 'y', 'z'] })).toEqual([
      { user: 'a', endpoint: 'x' },
      { user: 'a', endpoint: 'y' },
      { user: 'a', endpoint: 'z' },
      { user: 'b', endpoint: 'x' },
      { user: 'b', endpoint: 'y' },
      { user: 'b', endpoint: 'z' },
    ]);
  });

  it('refuses an empty side, a bad name (by its position) and too many pairs', () => {
    expect(failure(() => parseReviewInput({ kind: 'matrix', users: [], endpoints: ['x'] })).message).toBe(
      'No users were given.',
    );
    expect(failure(() => parseReviewInput({ kind: 'matrix', users: ['a'], endpoints: [] })).message).toBe(
      'No endpoints were given.',
    );
    expect(failure(() => parseReviewInput({ kind: 'matrix', users: ['a'], endpoints: ['x', 'b/c'] })).message).toMatch(
      /^Endpoint 2: the endpoint 'b\/c' is not accepted/,
    );
    const users = Array.from({ length: 1001 }, (_, i) => `u${i}`);
    const endpoints = Array.from({ length: 100 }, (_, i) => `h${i}`);
    expect(failure(() => parseReviewInput({ kind: 'matrix', users, endpoints })).message).toBe(
      `1001 users × 100 endpoints make 100100 pairs, more than the ${MAX_REVIEW_PAIRS} a review allows.`,
    );
  });
});

describe('parseNameList', () => {
  it('splits on commas and line breaks, drops blanks and # comment lines', () => {
    expect(parseNameList('\uFEFFCORP\\alice, CORP\\bob\r\n# contractors\n\ncarol,\n')).toEqual([
      'CORP\\alice',
      'CORP\\bob',
      'carol',
    ]);
  });
});
