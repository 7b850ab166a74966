import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EcmError } from '../../../../shared/errors';
import type { PluginInfo } from '../../../../shared/plugin/plugin-info';
import type { SettingField } from '../../../../shared/plugin/settings-schema';
import { FieldRow } from '../../../../renderer/src/components/settings/FieldRow';
import { useSettingsDraftStore } from '../../../../renderer/src/stores/settings-draft-store';
import { installFakeEcm } from '../../support/fake-ecm';
import { renderInFluent } from '../../support/render-fluent';

// FieldRow reads the app's draft store, so each test loads it and puts it back afterwards.
afterEach(() => {
  useSettingsDraftStore.setState(useSettingsDraftStore.getInitialState(), true);
});

const FIELDS: SettingField[] = [
  {
    key: 'host',
    label: 'Host',
    description: 'The TPAM host, e.g. `tpam.corp.example`',
    type: 'string',
    required: true,
  },
  {
    key: 'port',
    label: 'Port',
    description: 'SSH port',
    type: 'number',
    default: 22,
    validation: { min: 1, max: 65535, integer: true },
  },
  { key: 'password', label: 'Password', description: 'Service password', type: 'secret' },
  { key: 'verbose', label: 'Verbose', description: 'More log', type: 'boolean' },
  { key: 'auth', label: 'Sign-in', description: 'Method', type: 'enum', options: [{ value: 'key', label: 'SSH key' }] },
  { key: 'systems', label: 'Systems', description: 'Systems to offer', type: 'list' },
  { key: 'knownHosts', label: 'Known hosts', description: 'Pinned keys', type: 'multiline' },
];
const PLUGIN: PluginInfo = { id: 'tpam', displayName: 'TPAM', version: '1.0.0', description: 'TPAM', settings: FIELDS };

async function renderRow(
  key: string,
  values: Record<string, string | number | boolean | string[] | { stored: boolean }> = {},
) {
  const ecm = installFakeEcm({ getSettings: () => ({ pluginId: 'tpam', values, savedAt: null }) });
  await useSettingsDraftStore.getState().load(PLUGIN);
  const field = FIELDS.find((f) => f.key === key)!;
  return { ecm, ...renderInFluent(<FieldRow pluginId="tpam" field={field} />) };
}

describe('FieldRow', () => {
  it('labels the editor with the field label, marks it required, and shows the help text', async () => {
    const { container } = await renderRow('host', { host: 'tpam01' });
    const box = screen.getByRole('textbox', { name: /Host/ });
    expect(box).toHaveProperty('value', 'tpam01');
    expect(box).toHaveProperty('required', true);
    expect(screen.getByText(/The TPAM host, e\.g\./)).toBeTruthy();
    // Backticks in help text mark a literal value, shown as code rather than as the raw marks.
    expect(container.querySelector('code')?.textContent).toBe('tpam.corp.example');
    expect(container.textContent).not.toContain('`');
  });

  it('focuses the editor when the label is clicked', async () => {
    const { user } = await renderRow('host');
    await user.click(screen.getByText('Host'));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: /Host/ }));
  });

  it('shows a problem under the field while typing, and removes it once fixed', async () => {
    const { user } = await renderRow('host', { host: 'tpam01' });
    const box = screen.getByRole('textbox', { name: /Host/ });
    await user.clear(box);
    expect(screen.getByText('Host is required.')).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    await user.type(box, 'tpam02');
    expect(screen.queryByText('Host is required.')).toBeNull();
    expect(useSettingsDraftStore.getState().values.host).toBe('tpam02');
  });

  it('keeps a half-typed number on screen and says what is wrong with it', async () => {
    const { user } = await renderRow('port', { port: 22 });
    const box = screen.getByRole('textbox', { name: /Port/ });
    await user.clear(box);
    await user.type(box, '1e');
    expect(box).toHaveProperty('value', '1e');
    expect(screen.getByText('Port must be a number.')).toBeTruthy();
    await user.type(box, '6');
    expect(screen.getByText('Port must be at most 65535.')).toBeTruthy();
    await user.clear(box);
    await user.type(box, '2222');
    expect(screen.queryByText(/Port must/)).toBeNull();
    expect(useSettingsDraftStore.getState().values.port).toBe(2222);
  });

  it("shows the core's refusal of a value under that field after Save", async () => {
    const { ecm } = await renderRow('host', { host: 'tpam01' });
    ecm.answer({
      saveSettings: () => {
        throw new EcmError({
          code: 'VALIDATION',
          message: 'Host must be a host name, not a URL.',
          field: 'values.host',
        });
      },
    });
    await useSettingsDraftStore.getState().save();
    const row = screen.getByTestId('field-host');
    await waitFor(() => expect(within(row).getByText('Host must be a host name, not a URL.')).toBeTruthy());
    expect(screen.getByRole('textbox', { name: /Host/ }).getAttribute('aria-invalid')).toBe('true');
  });

  it('shows a stored secret only as stored', async () => {
    const { container } = await renderRow('password', { password: { stored: true } });
    const box = screen.getByLabelText(/Password/) as HTMLInputElement;
    expect(box.type).toBe('password');
    expect(box.value).toBe('');
    expect(screen.getByText('stored')).toBeTruthy();
    expect(container.querySelectorAll('input[type="text"]')).toHaveLength(0);
  });

  it.each([
    ['verbose', 'switch'],
    ['auth', 'combobox'],
    ['systems', 'textbox'],
    ['knownHosts', 'textbox'],
  ])('gives %s the editor for its type (%s)', async (key, role) => {
    await renderRow(key);
    const label = FIELDS.find((f) => f.key === key)!.label;
    expect(screen.getByRole(role, { name: new RegExp(label) })).toBeTruthy();
  });

  it('offers Add for a list, and no file loading there', async () => {
    await renderRow('systems');
    expect(screen.getByRole('button', { name: 'Add to Systems' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Load from file/ })).toBeNull();
  });

  it('edits multi-line text in a text area that can be loaded from a file', async () => {
    await renderRow('knownHosts');
    expect(screen.getByRole('textbox', { name: /Known hosts/ }).tagName).toBe('TEXTAREA');
    expect(screen.getByRole('button', { name: /Load from file/ })).toBeTruthy();
  });
});
