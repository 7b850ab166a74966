import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { SecretFieldEditor } from '../../../../../renderer/src/components/settings/fields/SecretFieldEditor';
import { renderEditor } from '../../../support/render-fluent';

// Only "stored" versus typed here: the rest of this editor is being reworked for issue 10.
const PASSWORD: SettingField = {
  key: 'password',
  label: 'Service password',
  description: 'The service account password',
  type: 'secret',
  placeholder: 'Password',
};
const STORED = { stored: true, replacement: '', cleared: false };

const input = () => screen.getByLabelText('Service password') as HTMLInputElement;

describe('SecretFieldEditor', () => {
  it('shows a stored secret only as "stored", with an empty masked box', () => {
    const { container } = renderEditor(SecretFieldEditor, PASSWORD, STORED);
    expect(input().value).toBe('');
    expect(input().type).toBe('password');
    expect(input().placeholder).toBe('Stored — type to replace');
    expect(screen.getByText('stored')).toBeTruthy();
    for (const box of container.querySelectorAll('input, textarea')) expect((box as HTMLInputElement).value).toBe('');
  });

  it('shows no "stored" mark when nothing is stored', () => {
    renderEditor(SecretFieldEditor, PASSWORD, { stored: false, replacement: '', cleared: false });
    expect(screen.queryByText('stored')).toBeNull();
    expect(input().placeholder).toBe('Password');
  });

  it('replaces the stored secret with what is typed, masked, and drops the "stored" mark', async () => {
    const { user, changes } = renderEditor(SecretFieldEditor, PASSWORD, STORED);
    await user.type(input(), 'n3w');
    expect(changes.at(-1)).toEqual({ stored: true, replacement: 'n3w', cleared: false });
    expect(input().type).toBe('password');
    expect(screen.queryByText('stored')).toBeNull();
    expect(screen.queryByText('n3w')).toBeNull();
  });

  it('starts a secret from nothing when the field has no draft yet', async () => {
    const { user, changes } = renderEditor(SecretFieldEditor, PASSWORD);
    await user.type(input(), 'x');
    expect(changes).toEqual([{ stored: false, replacement: 'x', cleared: false }]);
  });
});
