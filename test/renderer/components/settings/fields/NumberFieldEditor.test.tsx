import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import { NumberFieldEditor } from '../../../../../renderer/src/components/settings/fields/NumberFieldEditor';
import { renderInFluent } from '../../../support/render-fluent';

const PORT: SettingField = { key: 'port', label: 'Port', description: 'SSH port', type: 'number', default: 22 };

function renderNumber(field: SettingField, initial: string) {
  const texts: string[] = [];
  function Harness() {
    const [text, setText] = useState(initial);
    return (
      <>
        <label htmlFor="setting-port">{field.label}</label>
        <NumberFieldEditor
          field={field}
          text={text}
          inputId="setting-port"
          onText={(t) => {
            texts.push(t);
            setText(t);
          }}
        />
      </>
    );
  }
  return { texts, ...renderInFluent(<Harness />) };
}

describe('NumberFieldEditor', () => {
  it('shows the number as saved and the default as placeholder', () => {
    renderNumber(PORT, '2222');
    const input = screen.getByLabelText('Port');
    expect(input).toHaveProperty('value', '2222');
    expect(input.getAttribute('placeholder')).toBe('22');
    expect(input.getAttribute('inputmode')).toBe('numeric');
  });

  it('uses the field placeholder when there is no default', () => {
    renderNumber({ ...PORT, default: undefined, placeholder: 'e.g. 30' }, '');
    expect(screen.getByLabelText('Port').getAttribute('placeholder')).toBe('e.g. 30');
  });

  it('keeps a half-typed value as typed instead of dropping it', async () => {
    const { user, texts } = renderNumber(PORT, '');
    await user.type(screen.getByLabelText('Port'), '1e');
    expect(texts).toEqual(['1', '1e']);
    expect(screen.getByLabelText('Port')).toHaveProperty('value', '1e');
  });

  it('can be emptied from the keyboard, to fall back to the default', async () => {
    const { user, texts } = renderNumber(PORT, '80');
    await user.click(screen.getByLabelText('Port'));
    await user.keyboard('{Backspace}{Backspace}');
    expect(texts.at(-1)).toBe('');
  });
});
