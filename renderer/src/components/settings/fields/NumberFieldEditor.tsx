import { Input } from '@fluentui/react-components';
import type { SettingField } from '../../../../../shared/plugin/settings-schema';

/** Numbers are edited as text so a half-typed value can be shown and flagged instead of lost. */
export function NumberFieldEditor({
  field,
  text,
  onText,
  inputId,
}: {
  field: SettingField;
  text: string;
  onText(text: string): void;
  inputId: string;
}) {
  return (
    <Input
      id={inputId}
      value={text}
      inputMode="numeric"
      placeholder={field.default !== undefined ? String(field.default) : field.placeholder}
      onChange={(_e, d) => onText(d.value)}
      style={{ maxWidth: '12em' }}
    />
  );
}
