import type { SettingField } from '../../../../../shared/plugin/settings-schema';
import type { FieldDraft } from '../../../stores/settings-draft/draft-fields';

/** What every field editor gets: its schema, its draft value and a way to change it. */
export interface FieldEditorProps {
  field: SettingField;
  value: FieldDraft | undefined;
  onChange(value: FieldDraft): void;
  /** The id the <Field> label points at. */
  inputId: string;
  invalid: boolean;
}
