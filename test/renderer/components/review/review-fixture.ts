import { useReviewStore } from '../../../../renderer/src/stores/review/review-store';
import type { ReviewResult, ReviewStatus } from '../../../../shared/review/review-types';
import { installFakeEcm } from '../../support/fake-ecm';

export const USERS = Array.from({ length: 200 }, (_, i) => `user${i}`);
export const ENDPOINTS = Array.from({ length: 50 }, (_, i) => `host${i}`);
const STATUSES: ReviewStatus[] = ['ok', 'none', 'pending', 'refused', 'error'];

function results(): ReviewResult[] {
  return USERS.flatMap((user, u) =>
    ENDPOINTS.map((endpoint, e) => {
      const index = u * ENDPOINTS.length + e;
      const status = STATUSES[index % 5]!;
      return {
        index,
        user,
        endpoint,
        status,
        credentials: status === 'ok' ? [{ id: `${index}`, name: 'c', source: 't' }] : [],
        reasons: [],
        steps: [],
        ms: index,
      };
    }),
  );
}

/** A finished 200 × 50 review in the app's store: outcomes cycle ok, none, pending, refused, error. */
export function fillStore(): void {
  installFakeEcm();
  useReviewStore.setState({
    open: true,
    phase: 'finished',
    reviewId: 'review-0001',
    total: 10_000,
    users: USERS,
    endpoints: ENDPOINTS,
    results: results(),
    selected: null,
  });
}
