import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { TextFieldEditor } from '../../../../../renderer/src/components/settings/fields/TextFieldEditor';
import { renderEditor } from '../../../support/render-fluent';

const HOST: SettingField = {
  key: 'host',
  label: 'Host',
  description: 'TPAM host',
  type: 'string',
  placeholder: 'tpam.example.com',
};

describe('TextFieldEditor', () => {
  it('shows the saved text and the placeholder from the field definition', () => {
    renderEditor(TextFieldEditor, HOST, 'tpam01');
    const input = screen.getByLabelText('Host');
    expect(input).toHaveProperty('value', 'tpam01');
    expect(input.getAttribute('placeholder')).toBe('tpam.example.com');
  });

  it('reports what the admin types as typed, spaces between words included', async () => {
    const { user, changes } = renderEditor(TextFieldEditor, HOST);
    await user.type(screen.getByLabelText('Host'), 'a b');
    expect(changes).toEqual(['a', 'a ', 'a b']);
    expect(screen.getByLabelText('Host')).toHaveProperty('value', 'a b');
  });

  it('is reached with Tab and turns spell checking and autofill off', async () => {
    const { user } = renderEditor(TextFieldEditor, HOST);
    await user.tab();
    const input = screen.getByLabelText('Host');
    expect(document.activeElement).toBe(input);
    expect(input.getAttribute('spellcheck')).toBe('false');
    expect(input.getAttribute('autocomplete')).toBe('off');
  });
});
