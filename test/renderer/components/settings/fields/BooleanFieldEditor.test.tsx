import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { BooleanFieldEditor } from '../../../../../renderer/src/components/settings/fields/BooleanFieldEditor';
import { renderEditor } from '../../../support/render-fluent';

const VERBOSE: SettingField = {
  key: 'verbose',
  label: 'Verbose logging',
  description: 'More detail in the log',
  type: 'boolean',
};

describe('BooleanFieldEditor', () => {
  it('shows an unset value as off, labelled No', () => {
    renderEditor(BooleanFieldEditor, VERBOSE);
    const toggle = screen.getByRole('switch');
    expect(toggle).toHaveProperty('checked', false);
    expect(screen.getByText('No')).toBeTruthy();
  });

  it('shows a saved yes as on, labelled Yes', () => {
    renderEditor(BooleanFieldEditor, VERBOSE, true);
    expect(screen.getByRole('switch')).toHaveProperty('checked', true);
    expect(screen.getByText('Yes')).toBeTruthy();
  });

  it('toggles with a click and with Space from the keyboard', async () => {
    const { user, changes } = renderEditor(BooleanFieldEditor, VERBOSE, false);
    await user.click(screen.getByRole('switch'));
    expect(changes).toEqual([true]);
    expect(screen.getByText('Yes')).toBeTruthy();
    await user.keyboard(' ');
    expect(changes).toEqual([true, false]);
    expect(screen.getByRole('switch')).toHaveProperty('checked', false);
  });

  it('is labelled by the field label, so a screen reader names it', () => {
    renderEditor(BooleanFieldEditor, VERBOSE);
    expect(screen.getByLabelText(/Verbose logging/)).toBe(screen.getByRole('switch'));
  });
});
