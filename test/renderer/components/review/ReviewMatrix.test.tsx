import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReviewMatrix } from '../../../../renderer/src/components/review/ReviewMatrix';
import { useReviewStore } from '../../../../renderer/src/stores/review/review-store';
import { renderInFluent } from '../../support/render-fluent';
import { ENDPOINTS, fillStore, USERS } from './review-fixture';

beforeEach(fillStore);

describe('the review matrix', () => {
  it('draws only the visible rows of 200 × 50, each cell with a symbol and a spoken outcome', () => {
    renderInFluent(<ReviewMatrix users={USERS} endpoints={ENDPOINTS} />);
    const grid = screen.getByRole('grid', { name: /200 users × 50 endpoints/ });
    const rows = within(grid).getAllByRole('row');
    expect(rows.length).toBeLessThan(40);
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells.slice(0, 5).map((c) => c.textContent)).toEqual(['1', '0', '…', '✕', '!']);
    expect(cells[0]!.getAttribute('aria-label')).toBe('user0 on host0: 1 credential');
    expect(cells[1]!.getAttribute('aria-label')).toBe('user0 on host1: 0 credentials');
  });

  it('moves the active cell with the arrows and selects its pair with Enter', () => {
    renderInFluent(<ReviewMatrix users={USERS} endpoints={ENDPOINTS} />);
    const grid = screen.getByRole('grid');
    fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const active = document.getElementById(grid.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-label')).toBe('user1 on host1: 0 credentials');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(useReviewStore.getState().selected).toBe(51);
  });
});
