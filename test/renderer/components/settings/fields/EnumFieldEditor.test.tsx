import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { EnumFieldEditor } from '../../../../../renderer/src/components/settings/fields/EnumFieldEditor';
import { renderEditor } from '../../../support/render-fluent';

const AUTH: SettingField = {
  key: 'auth',
  label: 'Sign-in method',
  description: 'How the service account signs in',
  type: 'enum',
  options: [
    { value: 'key', label: 'SSH key' },
    { value: 'password', label: 'Password' },
    { value: 'cert', label: 'Certificate' },
  ],
};

describe('EnumFieldEditor', () => {
  it('asks to choose when nothing is set', () => {
    renderEditor(EnumFieldEditor, AUTH);
    const box = screen.getByRole('combobox');
    expect(box.textContent).toContain('Choose…');
  });

  it('shows the label of the saved option, not its stored value', () => {
    renderEditor(EnumFieldEditor, AUTH, 'password');
    expect(screen.getByRole('combobox').textContent).toContain('Password');
  });

  it('lists every option of the field when opened', async () => {
    const { user } = renderEditor(EnumFieldEditor, AUTH);
    await user.click(screen.getByRole('combobox'));
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['SSH key', 'Password', 'Certificate']);
  });

  it('chooses with the mouse and reports the option value', async () => {
    const { user, changes } = renderEditor(EnumFieldEditor, AUTH, 'key');
    await user.click(screen.getByRole('combobox'));
    await user.click(screen.getByRole('option', { name: 'Certificate' }));
    expect(changes).toEqual(['cert']);
    expect(screen.getByRole('combobox').textContent).toContain('Certificate');
  });

  it('chooses from the keyboard: Tab, open with Enter, arrow down, Enter', async () => {
    const { user, changes } = renderEditor(EnumFieldEditor, AUTH, 'key');
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(changes).toEqual(['password']);
    expect(screen.getByRole('combobox').textContent).toContain('Password');
  });
});
