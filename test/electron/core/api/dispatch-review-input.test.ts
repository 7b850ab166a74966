import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../electron/core/api/dispatch';
import type { ChannelName } from '../../../../shared/ipc/channel-names';
import { openTestCore } from '../../../support/core-fixture';
import { vaultSettings } from '../../../support/static-vault';
import { useTempDirs } from '../../../support/temp-dir';

const APP = { url: 'app://ecm/index.html', isTopFrame: true };
const ID = 'abcdefgh-1234';
const start = (input: unknown, more: Record<string, unknown> = {}) => ({ pluginId: 'static-vault', input, ...more });
const matrix = (users: unknown, endpoints: unknown = ['ws01']) => ({ kind: 'matrix', users, endpoints });

// [what, channel, request, field in the answer, words the message must hold]
const CASES: [string, ChannelName, unknown, string, RegExp][] = [
  ['a malformed reviewId', 'accessReviewProgress', { reviewId: 'x' }, 'reviewId', /'reviewId'.*not a review id/],
  ['no reviewId', 'cancelAccessReview', {}, 'reviewId', /^'reviewId' is missing/],
  ['from = -1', 'accessReviewResults', { reviewId: ID, from: -1, count: 10 }, 'from', /^'from' must be at least 0\.$/],
  ['from = 0.5', 'accessReviewResults', { reviewId: ID, from: 0.5, count: 1 }, 'from', /'from' must be a whole number/],
  ['count = 0', 'accessReviewResults', { reviewId: ID, from: 0, count: 0 }, 'count', /^'count' must be at least 1\.$/],
  [
    'count = 1e9',
    'accessReviewResults',
    { reviewId: ID, from: 0, count: 1e9 },
    'count',
    /^Count must be 5,000 or less/,
  ],
  [
    'format xml',
    'exportAccessReview',
    { reviewId: ID, format: 'xml' },
    'format',
    /'format' must be one of 'csv', 'json', 'html'/,
  ],
  [
    'concurrency 0',
    'startAccessReview',
    start(matrix(['a']), { concurrency: 0 }),
    'concurrency',
    /^Concurrency must be 1 or more/,
  ],
  [
    'concurrency 65',
    'startAccessReview',
    start(matrix(['a']), { concurrency: 65 }),
    'concurrency',
    /^Concurrency must be 64 or less/,
  ],
  [
    'concurrency 1.5',
    'startAccessReview',
    start(matrix(['a']), { concurrency: 1.5 }),
    'concurrency',
    /'concurrency' must be a whole number/,
  ],
  [
    'kind xml',
    'startAccessReview',
    start({ kind: 'xml', text: '' }),
    'input.kind',
    /'kind' in 'input' must be one of 'csv', 'matrix'/,
  ],
  ['users as text', 'startAccessReview', start(matrix('alice')), 'input.users', /'users' in 'input' must be a list/],
  [
    'a 300-character user',
    'startAccessReview',
    start(matrix(['x'.repeat(300)])),
    'input.users.0',
    /Item 1 of 'users'.*at most 256 characters/,
  ],
  ['no input', 'startAccessReview', { pluginId: 'static-vault' }, 'input', /^'input' is missing/],
  [
    'an unknown field',
    'startAccessReview',
    start(matrix(['a']), { extra: 1 }),
    'extra',
    /unknown field 'extra'; remove it/,
  ],
  ['an empty users list', 'startAccessReview', start(matrix([])), 'users', /No users were given/],
  [
    'a CSV with only a header',
    'startAccessReview',
    start({ kind: 'csv', text: 'user,endpoint\n' }),
    'pairs',
    /no pairs/,
  ],
  [
    'a CSV with 3 columns',
    'startAccessReview',
    start({ kind: 'csv', text: 'a,ws01,c\n' }),
    'pairs',
    /Line 1: 3 columns/,
  ],
  [
    'a user with a control character',
    'startAccessReview',
    start(matrix(['a\u0007b'])),
    'user',
    /User 1:.*control characters/,
  ],
  [
    'a url that is a number',
    'openApprovalPage',
    { pluginId: 'static-vault', url: 42 },
    'url',
    /^'url' must be text\.$/,
  ],
  // static-vault has no Endpoint URL; approval-page.test.ts words javascript: against one that has.
  [
    'a javascript: url on a plugin without an approval page',
    'openApprovalPage',
    { pluginId: 'static-vault', url: 'javascript:alert(1)' },
    'url',
    /has no Endpoint URL, so it has no approval page to open/,
  ],
];

describe('the access review channels refuse bad input in plain words', () => {
  const tempDir = useTempDirs();

  it.each(CASES)('%s', async (_what, channel, request, field, words) => {
    const core = await openTestCore(tempDir());
    const dispatch = createDispatcher(core.api, { allowedOrigin: 'app://ecm', logger: core.logger });
    expect((await dispatch(APP, 'saveSettings', { pluginId: 'static-vault', values: vaultSettings() })).ok).toBe(true);
    const before = await dispatch(APP, 'getSettings', { pluginId: 'static-vault' });

    const result = await dispatch(APP, channel, request);

    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', field } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(words);
    // Never zod's wording, nor a dotted path such as input.users.0.
    expect(message).not.toMatch(/Too (small|big)|Invalid (input|option|discriminator)|expected \w+, received|>=|<=/);
    expect(message).not.toMatch(/\w\.\w+\.?\d*:|\binput\.\w/);
    expect(await dispatch(APP, 'getSettings', { pluginId: 'static-vault' })).toEqual(before); // nothing lost
  });
});
