import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewTable } from '../../../../renderer/src/components/review/ReviewTable';
import { useReviewStore } from '../../../../renderer/src/stores/review/review-store';
import { renderInFluent } from '../../support/render-fluent';
import { fillStore } from './review-fixture';

beforeEach(fillStore);

describe('the review table', () => {
  it('lists the pairs virtualized, filtered by status, and selects with the arrows', () => {
    useReviewStore.setState({ view: { ...useReviewStore.getState().view, statuses: new Set(['none']) } });
    renderInFluent(<ReviewTable />);
    const grid = screen.getByRole('grid', { name: 'All pairs: 2000 shown' });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.length).toBeLessThan(50);
    expect(rows.every((r) => r.dataset.status === 'none')).toBe(true);
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(useReviewStore.getState().selected).toBe(6);
  });
});
