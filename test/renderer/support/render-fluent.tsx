import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import type { SettingField } from '../../../shared/plugin/settings-schema';
import type { FieldEditorProps } from '../../../renderer/src/components/settings/fields/field-props';
import type { FieldDraft } from '../../../renderer/src/stores/settings-draft/draft-fields';

/** Renders inside Fluent UI's provider, as App.tsx does, with a user-event session. */
export function renderInFluent(ui: ReactElement): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  const user = userEvent.setup();
  return { user, ...render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>) };
}

/**
 * Renders one field editor the way FieldRow does: labelled by the field's label, holding its draft
 * value in state. `changes` records every value the editor reported, in order.
 */
export function renderEditor(
  Editor: (props: FieldEditorProps) => ReactElement,
  field: SettingField,
  initial?: FieldDraft,
) {
  const changes: FieldDraft[] = [];
  function Harness() {
    const [value, setValue] = useState<FieldDraft | undefined>(initial);
    const inputId = `setting-${field.key}`;
    return (
      <div>
        <label htmlFor={inputId}>{field.label}</label>
        <Editor
          field={field}
          value={value}
          inputId={inputId}
          invalid={false}
          onChange={(v) => {
            changes.push(v);
            setValue(v);
          }}
        />
      </div>
    );
  }
  return { changes, ...renderInFluent(<Harness />) };
}
