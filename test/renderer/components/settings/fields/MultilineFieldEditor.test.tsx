import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { MultilineFieldEditor } from '../../../../../renderer/src/components/settings/fields/MultilineFieldEditor';
import { renderEditor } from '../../../support/render-fluent';

const KNOWN_HOSTS: SettingField = {
  key: 'knownHosts',
  label: 'Known hosts',
  description: 'Pinned host keys',
  type: 'multiline',
  placeholder: 'host ssh-ed25519 AAAA…',
};

describe('MultilineFieldEditor', () => {
  it('shows the saved text, line breaks intact, in a multi-line box', () => {
    renderEditor(MultilineFieldEditor, KNOWN_HOSTS, 'a ssh-ed25519 AAAA1\nb ssh-ed25519 AAAA2');
    const box = screen.getByLabelText('Known hosts');
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveProperty('value', 'a ssh-ed25519 AAAA1\nb ssh-ed25519 AAAA2');
    expect(box.getAttribute('placeholder')).toBe('host ssh-ed25519 AAAA…');
    expect(box.getAttribute('spellcheck')).toBe('false');
  });

  it('takes Enter as a new line, not as a submit', async () => {
    const { user, changes } = renderEditor(MultilineFieldEditor, KNOWN_HOSTS);
    await user.type(screen.getByLabelText('Known hosts'), 'a{Enter}b');
    expect(changes.at(-1)).toBe('a\nb');
  });

  it('shows nothing for a value that is not text', () => {
    renderEditor(MultilineFieldEditor, KNOWN_HOSTS, 42);
    expect(screen.getByLabelText('Known hosts')).toHaveProperty('value', '');
  });
});
